#pragma once

#include "budgetlint/rule.hpp"

// One line per rule, in code order; each is defined in its own file under src/rules/<family>/.
namespace budgetlint::rules {

extern const Rule kI101;
extern const Rule kI102;
extern const Rule kI103;
extern const Rule kI104;
extern const Rule kI201;
extern const Rule kI202;
extern const Rule kI301;
extern const Rule kI302;
extern const Rule kI303;
extern const Rule kI304;
extern const Rule kI401;
extern const Rule kI402;
extern const Rule kP101;
extern const Rule kP102;
extern const Rule kP103;
extern const Rule kP104;
extern const Rule kP201;
extern const Rule kS101;
extern const Rule kS201;
extern const Rule kS202;
extern const Rule kS301;
extern const Rule kS302;
extern const Rule kS303;
extern const Rule kS304;
extern const Rule kT101;
extern const Rule kT102;
extern const Rule kT103;
extern const Rule kT104;
extern const Rule kT201;
extern const Rule kT202;
extern const Rule kT203;
extern const Rule kT204;
extern const Rule kT211;
extern const Rule kT212;
extern const Rule kT301;
extern const Rule kT302;
extern const Rule kT303;
extern const Rule kT401;
extern const Rule kT402;
extern const Rule kT403;
extern const Rule kT501;
extern const Rule kT601;
extern const Rule kT602;
extern const Rule kT603;
extern const Rule kT604;
extern const Rule kT605;
extern const Rule kT606;
extern const Rule kT607;
extern const Rule kT608;
extern const Rule kU101;
extern const Rule kU102;
extern const Rule kX101;
extern const Rule kX102;
extern const Rule kX103;
extern const Rule kY101;
extern const Rule kY102;
extern const Rule kY103;

}  // namespace budgetlint::rules
