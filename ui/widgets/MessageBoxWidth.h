#pragma once

class QMessageBox;

namespace steward::ui {

// Gives a message box with a long informative text a comfortable reading width (about 60
// characters). Without it QMessageBox sizes itself by its main text: a short question over a
// paragraph makes a narrow, tall box in English and a cramped one in Chinese.
void setReadableWidth(QMessageBox &box);

} // namespace steward::ui
