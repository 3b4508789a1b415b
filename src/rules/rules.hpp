#pragma once

#include "budgetlint/rule.hpp"

// One line per rule, in code order; each is defined in its own file under src/rules/<family>/.
namespace budgetlint::rules {

extern const Rule kE101;
extern const Rule kE102;
extern const Rule kE103;
extern const Rule kE104;
extern const Rule kE105;
extern const Rule kE106;
extern const Rule kE107;
extern const Rule kE201;
extern const Rule kE202;
extern const Rule kE301;
extern const Rule kE302;
extern const Rule kE303;
extern const Rule kE304;
extern const Rule kE305;
extern const Rule kE401;
extern const Rule kP101;
extern const Rule kP102;
extern const Rule kP103;
extern const Rule kP104;
extern const Rule kP201;
extern const Rule kP202;
extern const Rule kP203;
extern const Rule kS101;
extern const Rule kS201;
extern const Rule kS202;
extern const Rule kS203;
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
extern const Rule kT701;
extern const Rule kT702;
extern const Rule kT703;
extern const Rule kT704;
extern const Rule kT705;
extern const Rule kT706;
extern const Rule kU101;
extern const Rule kU102;
extern const Rule kX101;
extern const Rule kX102;
extern const Rule kX103;
extern const Rule kY101;
extern const Rule kY102;
extern const Rule kY103;

}  // namespace budgetlint::rules
