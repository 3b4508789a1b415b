#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const StatTable& t : ctx.model().tables) {
    if (!t.sideways_unjoined) continue;
    Finding& f = ctx.report(t.title_span);
    arg(f, "table", t.title);
    f.section_path = {t.title};
  }
}

const RuleInfo kInfo{
    "P204",
    "table-continues-sideways",
    Severity::Warning,
    RuleInput::Model,
    "统计表横向跨页续排，续页各行与首页对不上，无法核对",
    "A table goes on sideways on the next page and its rows do not pair up",
    "{table}：表格太宽，在下一页向右续排（续页有另一组栏目），但续页的行数与首页不同，无法把两页的行一一对应；本表未作"
    "核对，请核对原表或把表格调整为一页宽",
    "{table}: the table is too wide and goes on to the right on the next page (with other columns), but that page has "
    "another number of rows, so the rows of the two pages cannot be paired; the table was not checked — check the "
    "original, or fit the table to one page's width",
    "检查内容：Excel 等软件打印宽表时，会把放不下的栏目放到下一页，续页有自己的表头。两页行数相同时，工具按顺序把两页的"
    "行拼成完整的行；行数不同时（例如续页又按单位分了组），无法确定对应关系，就报告该表，并且不对它做合计、上下级和表间"
    "核对，以免用残缺的行得出错误结论。\n"
    "为何重要：拼错的行会把一个单位的数字算到另一个单位头上。\n"
    "示例：收入总表第一页有“合计 … 附属单位上缴收入”，第二页接着是“其他收入 上年结转结余 …”，两页行数不同。\n"
    "正确写法：把宽表缩放为一页宽，或每页重复行标题。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: Excel and other programs print a wide table by moving the columns that do not fit to the next "
    "page, which has a header of its own. When both pages have the same number of rows, they are joined row by "
    "row; when they do not, the pairing is unknown, so the table is reported and left out of the total, hierarchy "
    "and cross-table checks rather than checked on half rows.\n"
    "Why it matters: rows paired wrongly would put one unit's figures on another's.\n"
    "Example: page one of the income table ends at 附属单位上缴收入; page two goes on with 其他收入 and 上年结转结余, "
    "with another number of rows.\n"
    "Correct: fit the table to one page's width, or repeat the row labels on every page.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.2.0"};

}  // namespace

const Rule kP204{kInfo, check};

}  // namespace budgetlint::rules
