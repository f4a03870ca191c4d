#pragma once

#include <span>

namespace steward {

// The laboratory value written for a diagnosis (and whether it is typically abnormal).
enum class SampleLab {
    Hemoglobin,     // 血红蛋白 g/L
    Glucose,        // 空腹血糖 mmol/L
    WhiteCells,     // 白细胞 ×10^9/L
    Creatinine,     // 肌酐 μmol/L
    HivAntibody,    // HIV抗体 阳性
    HbsAg,          // 乙肝表面抗原 阳性
    HcvAntibody,    // 丙肝抗体 阳性
    Syphilis,       // 梅毒螺旋体抗体 阳性
    Hcg,            // 血HCG mIU/mL
};

// A principal diagnosis with its ICD-10 code, Chinese name, the department that admits it and the
// shape of its patients and stays.
struct SampleDiagnosis {
    const char16_t *code;
    const char16_t *name;
    const char16_t *department;
    int weight;       // relative frequency among admissions
    char sex;         // 'M', 'F' or 0 for either
    int minAge;
    int maxAge;
    int stayDays;     // typical length of stay
    int baseFeeYuan;  // typical cost of the stay without the per-day part
    SampleLab lab;
    bool abnormalLab;
};

std::span<const SampleDiagnosis> sampleDiagnoses();
int sampleDiagnosisWeightTotal();

} // namespace steward
