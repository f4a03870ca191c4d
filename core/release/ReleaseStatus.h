#pragma once

// The gates of a release live with the review workflow (the approvals gate needs it); this name
// stays for code that included it from here.
#include "core/workflow/ReleaseGates.h"
