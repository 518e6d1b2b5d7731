/* --ast: the tree one node per line, indented two spaces per level:
 *   Kind [key fields] @line:col-endline:endcol
 * Child lists are introduced by "field:" lines. */
#include <stdio.h>
#include <string.h>
#include "ast.h"

enum { DUMP_MAX_DEPTH = 3000 };

static const char *const binop_names[] = {"Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod",
                                          "Pow", "LShift", "RShift", "BitAnd", "BitOr", "BitXor"};
static const char *const unop_names[] = {"Not", "USub", "UAdd", "Invert"};
static const char *const cmp_names[] = {"Lt", "LtE", "Eq", "NotEq", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
static const char *const ctx_names[] = {"Load", "Store", "Del"};

static void indent(FILE *out, int d)
{
    for (int i = 0; i < d; i++) fputs("  ", out);
}

static void pos(FILE *out, Pos p)
{
    fprintf(out, " @%d:%d-%d:%d\n", p.lineno, p.col, p.end_lineno, p.end_col);
}

/* A quoted literal: printable ASCII and UTF-8 as is, the rest escaped. */
static void quoted(FILE *out, const char *s, size_t n, int bytes)
{
    if (bytes) fputc('b', out);
    fputc('\'', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\\': fputs("\\\\", out); break;
        case '\'': fputs("\\'", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) fprintf(out, "\\x%02x", c);
            else fputc(c, out);
        }
    }
    fputc('\'', out);
}

/* A node line with nothing between its kind and its position. */
static void head(FILE *out, const char *kind, Pos p)
{
    fputs(kind, out);
    pos(out, p);
}

static void expr(FILE *out, const Expr *e, int d);
static void stmts(FILE *out, const StmtList *l, int d);

static void label(FILE *out, int d, const char *name)
{
    indent(out, d);
    fprintf(out, "%s:\n", name);
}

static void exprs(FILE *out, const char *name, const ExprList *l, int d)
{
    if (!l->len) return;
    label(out, d, name);
    for (int i = 0; i < l->len; i++) {
        if (l->items[i]) expr(out, l->items[i], d + 1);
        else { indent(out, d + 1); fputs("None\n", out); }
    }
}

static void field(FILE *out, const char *name, const Expr *e, int d)
{
    if (!e) return;
    label(out, d, name);
    expr(out, e, d + 1);
}

static void arg(FILE *out, const char *kind, const Arg *a, int d)
{
    indent(out, d);
    fprintf(out, "%s %s", kind, a->name);
    pos(out, a->pos);
    field(out, "annotation", a->annotation, d + 1);
}

static void arguments(FILE *out, const Arguments *a, int d)
{
    if (!a) return;
    indent(out, d);
    fputs("arguments\n", out);
    for (int i = 0; i < a->posonlyargs.len; i++) arg(out, "posonly", a->posonlyargs.items[i], d + 1);
    for (int i = 0; i < a->args.len; i++) arg(out, "arg", a->args.items[i], d + 1);
    if (a->vararg) arg(out, "vararg", a->vararg, d + 1);
    for (int i = 0; i < a->kwonlyargs.len; i++) arg(out, "kwonly", a->kwonlyargs.items[i], d + 1);
    if (a->kwarg) arg(out, "kwarg", a->kwarg, d + 1);
    exprs(out, "defaults", &a->defaults, d + 1);
    int any = 0;
    for (int i = 0; i < a->kw_defaults.len; i++) any |= a->kw_defaults.items[i] != NULL;
    if (any) exprs(out, "kw_defaults", &a->kw_defaults, d + 1);
}

static void comps(FILE *out, const ComprehensionList *l, int d)
{
    for (int i = 0; i < l->len; i++) {
        const Comprehension *c = l->items[i];
        indent(out, d);
        fprintf(out, "comprehension%s\n", c->is_async ? " async" : "");
        field(out, "target", c->target, d + 1);
        field(out, "iter", c->iter, d + 1);
        exprs(out, "ifs", &c->ifs, d + 1);
    }
}

static void keywords(FILE *out, const KeywordList *l, int d)
{
    if (!l->len) return;
    label(out, d, "keywords");
    for (int i = 0; i < l->len; i++) {
        const Keyword *k = l->items[i];
        indent(out, d + 1);
        fprintf(out, "keyword %s", k->arg ? k->arg : "**");
        pos(out, k->pos);
        expr(out, k->value, d + 2);
    }
}

static void expr(FILE *out, const Expr *e, int d)
{
    indent(out, d);
    if (d > DUMP_MAX_DEPTH) { fputs("...\n", out); return; }
    switch (e->kind) {
    case E_BOOLOP:
        fprintf(out, "BoolOp %s", e->v.boolop.op == BOOL_AND ? "And" : "Or");
        pos(out, e->pos);
        exprs(out, "values", &e->v.boolop.values, d + 1);
        break;
    case E_NAMEDEXPR:
        head(out, "NamedExpr", e->pos);
        field(out, "target", e->v.namedexpr.target, d + 1);
        field(out, "value", e->v.namedexpr.value, d + 1);
        break;
    case E_BINOP:
        fprintf(out, "BinOp %s", binop_names[e->v.binop.op]);
        pos(out, e->pos);
        field(out, "left", e->v.binop.left, d + 1);
        field(out, "right", e->v.binop.right, d + 1);
        break;
    case E_UNARYOP:
        fprintf(out, "UnaryOp %s", unop_names[e->v.unaryop.op]);
        pos(out, e->pos);
        field(out, "operand", e->v.unaryop.operand, d + 1);
        break;
    case E_LAMBDA:
        head(out, "Lambda", e->pos);
        arguments(out, e->v.lambda.args, d + 1);
        field(out, "body", e->v.lambda.body, d + 1);
        break;
    case E_IFEXP:
        head(out, "IfExp", e->pos);
        field(out, "test", e->v.ifexp.test, d + 1);
        field(out, "body", e->v.ifexp.body, d + 1);
        field(out, "orelse", e->v.ifexp.orelse, d + 1);
        break;
    case E_DICT:
        head(out, "Dict", e->pos);
        exprs(out, "keys", &e->v.dict.keys, d + 1);
        exprs(out, "values", &e->v.dict.values, d + 1);
        break;
    case E_SET:
        head(out, "Set", e->pos);
        exprs(out, "elts", &e->v.set.elts, d + 1);
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        fputs(e->kind == E_LISTCOMP ? "ListComp" : e->kind == E_SETCOMP ? "SetComp" :
              e->kind == E_GENEXP ? "GeneratorExp" : "DictComp", out);
        pos(out, e->pos);
        field(out, "elt", e->v.comp.elt, d + 1);
        field(out, "key", e->v.comp.key, d + 1);
        field(out, "value", e->v.comp.value, d + 1);
        comps(out, &e->v.comp.generators, d + 1);
        break;
    case E_AWAIT:
        head(out, "Await", e->pos);
        field(out, "value", e->v.await_.value, d + 1);
        break;
    case E_YIELD:
        head(out, "Yield", e->pos);
        field(out, "value", e->v.yield.value, d + 1);
        break;
    case E_YIELDFROM:
        head(out, "YieldFrom", e->pos);
        field(out, "value", e->v.yieldfrom.value, d + 1);
        break;
    case E_COMPARE:
        fputs("Compare", out);
        for (int i = 0; i < e->v.compare.nops; i++) fprintf(out, " %s", cmp_names[e->v.compare.ops[i]]);
        pos(out, e->pos);
        field(out, "left", e->v.compare.left, d + 1);
        exprs(out, "comparators", &e->v.compare.comparators, d + 1);
        break;
    case E_CALL:
        head(out, "Call", e->pos);
        field(out, "func", e->v.call.func, d + 1);
        exprs(out, "args", &e->v.call.args, d + 1);
        keywords(out, &e->v.call.keywords, d + 1);
        break;
    case E_FORMATTEDVALUE:
        fputs("FormattedValue", out);
        if (e->v.formatted.conversion >= 0) fprintf(out, " !%c", e->v.formatted.conversion);
        pos(out, e->pos);
        field(out, "value", e->v.formatted.value, d + 1);
        field(out, "format_spec", e->v.formatted.format_spec, d + 1);
        break;
    case E_JOINEDSTR:
        head(out, "JoinedStr", e->pos);
        exprs(out, "values", &e->v.joinedstr.values, d + 1);
        break;
    case E_CONSTANT: {
        const Constant *c = &e->v.constant;
        fputs("Constant ", out);
        switch (c->kind) {
        case CONST_NONE: fputs("None", out); break;
        case CONST_TRUE: fputs("True", out); break;
        case CONST_FALSE: fputs("False", out); break;
        case CONST_ELLIPSIS: fputs("Ellipsis", out); break;
        case CONST_INT: fprintf(out, "int %s", c->text); break;
        case CONST_FLOAT: fprintf(out, "float %.17g", c->f); break;
        case CONST_IMAG: fprintf(out, "complex %.17gj", c->f); break;
        case CONST_STR: fputs("str ", out); quoted(out, c->text, c->len, 0); break;
        case CONST_BYTES: fputs("bytes ", out); quoted(out, c->text, c->len, 1); break;
        }
        pos(out, e->pos);
        break;
    }
    case E_ATTRIBUTE:
        fprintf(out, "Attribute .%s %s", e->v.attribute.attr, ctx_names[e->v.attribute.ctx]);
        pos(out, e->pos);
        field(out, "value", e->v.attribute.value, d + 1);
        break;
    case E_SUBSCRIPT:
        fprintf(out, "Subscript %s", ctx_names[e->v.subscript.ctx]);
        pos(out, e->pos);
        field(out, "value", e->v.subscript.value, d + 1);
        field(out, "slice", e->v.subscript.slice, d + 1);
        break;
    case E_STARRED:
        fprintf(out, "Starred %s", ctx_names[e->v.starred.ctx]);
        pos(out, e->pos);
        field(out, "value", e->v.starred.value, d + 1);
        break;
    case E_NAME:
        fprintf(out, "Name %s %s", e->v.name.id, ctx_names[e->v.name.ctx]);
        pos(out, e->pos);
        break;
    case E_LIST: case E_TUPLE:
        fprintf(out, "%s %s", e->kind == E_LIST ? "List" : "Tuple", ctx_names[e->v.list.ctx]);
        pos(out, e->pos);
        exprs(out, "elts", &e->v.list.elts, d + 1);
        break;
    case E_SLICE:
        head(out, "Slice", e->pos);
        field(out, "lower", e->v.slice.lower, d + 1);
        field(out, "upper", e->v.slice.upper, d + 1);
        field(out, "step", e->v.slice.step, d + 1);
        break;
    }
}

static void body(FILE *out, const char *name, const StmtList *l, int d)
{
    if (!l->len) return;
    label(out, d, name);
    stmts(out, l, d + 1);
}

static void pattern(FILE *out, const Pattern *p, int d);

static void patterns(FILE *out, const char *name, const PatternList *l, int d)
{
    if (!l->len) return;
    label(out, d, name);
    for (int i = 0; i < l->len; i++) pattern(out, l->items[i], d + 1);
}

static void pattern(FILE *out, const Pattern *p, int d)
{
    indent(out, d);
    if (d > DUMP_MAX_DEPTH) { fputs("...\n", out); return; }
    switch (p->kind) {
    case P_VALUE:
        head(out, "MatchValue", p->pos);
        field(out, "value", p->v.value.value, d + 1);
        break;
    case P_SINGLETON:
        fprintf(out, "MatchSingleton %s", p->v.singleton.kind == CONST_NONE ? "None"
                                          : p->v.singleton.kind == CONST_TRUE ? "True" : "False");
        pos(out, p->pos);
        break;
    case P_SEQUENCE:
        head(out, "MatchSequence", p->pos);
        patterns(out, "patterns", &p->v.seq.patterns, d + 1);
        break;
    case P_MAPPING:
        fputs("MatchMapping", out);
        if (p->v.mapping.rest) fprintf(out, " rest=%s", p->v.mapping.rest);
        pos(out, p->pos);
        exprs(out, "keys", &p->v.mapping.keys, d + 1);
        patterns(out, "patterns", &p->v.mapping.patterns, d + 1);
        break;
    case P_CLASS:
        fputs("MatchClass", out);
        for (int i = 0; i < p->v.cls.kwd_attrs.len; i++)
            fprintf(out, "%s%s", i ? "," : " kwd_attrs=", p->v.cls.kwd_attrs.items[i]);
        pos(out, p->pos);
        field(out, "cls", p->v.cls.cls, d + 1);
        patterns(out, "patterns", &p->v.cls.patterns, d + 1);
        patterns(out, "kwd_patterns", &p->v.cls.kwd_patterns, d + 1);
        break;
    case P_STAR:
        fprintf(out, "MatchStar %s", p->v.star.name ? p->v.star.name : "_");
        pos(out, p->pos);
        break;
    case P_AS:
        fprintf(out, "MatchAs %s", p->v.as.name ? p->v.as.name : "_");
        pos(out, p->pos);
        if (p->v.as.pattern) {
            label(out, d + 1, "pattern");
            pattern(out, p->v.as.pattern, d + 2);
        }
        break;
    case P_OR:
        head(out, "MatchOr", p->pos);
        patterns(out, "patterns", &p->v.or_.patterns, d + 1);
        break;
    }
}

static void stmt(FILE *out, const Stmt *s, int d)
{
    indent(out, d);
    if (d > DUMP_MAX_DEPTH) { fputs("...\n", out); return; }
    switch (s->kind) {
    case S_FUNCTIONDEF:
        fprintf(out, "%sFunctionDef %s", s->v.funcdef.is_async ? "Async" : "", s->v.funcdef.name);
        pos(out, s->pos);
        exprs(out, "decorators", &s->v.funcdef.decorators, d + 1);
        arguments(out, s->v.funcdef.args, d + 1);
        field(out, "returns", s->v.funcdef.returns, d + 1);
        body(out, "body", &s->v.funcdef.body, d + 1);
        break;
    case S_CLASSDEF:
        fprintf(out, "ClassDef %s", s->v.classdef.name);
        pos(out, s->pos);
        exprs(out, "decorators", &s->v.classdef.decorators, d + 1);
        exprs(out, "bases", &s->v.classdef.bases, d + 1);
        keywords(out, &s->v.classdef.keywords, d + 1);
        body(out, "body", &s->v.classdef.body, d + 1);
        break;
    case S_RETURN:
        head(out, "Return", s->pos);
        field(out, "value", s->v.ret.value, d + 1);
        break;
    case S_DELETE:
        head(out, "Delete", s->pos);
        exprs(out, "targets", &s->v.del.targets, d + 1);
        break;
    case S_ASSIGN:
        head(out, "Assign", s->pos);
        exprs(out, "targets", &s->v.assign.targets, d + 1);
        field(out, "value", s->v.assign.value, d + 1);
        break;
    case S_AUGASSIGN:
        fprintf(out, "AugAssign %s", binop_names[s->v.augassign.op]);
        pos(out, s->pos);
        field(out, "target", s->v.augassign.target, d + 1);
        field(out, "value", s->v.augassign.value, d + 1);
        break;
    case S_ANNASSIGN:
        fprintf(out, "AnnAssign simple=%d", s->v.annassign.simple);
        pos(out, s->pos);
        field(out, "target", s->v.annassign.target, d + 1);
        field(out, "annotation", s->v.annassign.annotation, d + 1);
        field(out, "value", s->v.annassign.value, d + 1);
        break;
    case S_FOR:
        fprintf(out, "%sFor", s->v.for_.is_async ? "Async" : "");
        pos(out, s->pos);
        field(out, "target", s->v.for_.target, d + 1);
        field(out, "iter", s->v.for_.iter, d + 1);
        body(out, "body", &s->v.for_.body, d + 1);
        body(out, "orelse", &s->v.for_.orelse, d + 1);
        break;
    case S_WHILE:
        head(out, "While", s->pos);
        field(out, "test", s->v.while_.test, d + 1);
        body(out, "body", &s->v.while_.body, d + 1);
        body(out, "orelse", &s->v.while_.orelse, d + 1);
        break;
    case S_IF:
        head(out, "If", s->pos);
        field(out, "test", s->v.if_.test, d + 1);
        body(out, "body", &s->v.if_.body, d + 1);
        body(out, "orelse", &s->v.if_.orelse, d + 1);
        break;
    case S_WITH:
        fprintf(out, "%sWith", s->v.with.is_async ? "Async" : "");
        pos(out, s->pos);
        for (int i = 0; i < s->v.with.items.len; i++) {
            const WithItem *w = s->v.with.items.items[i];
            indent(out, d + 1);
            fputs("withitem\n", out);
            field(out, "context_expr", w->context_expr, d + 2);
            field(out, "optional_vars", w->optional_vars, d + 2);
        }
        body(out, "body", &s->v.with.body, d + 1);
        break;
    case S_RAISE:
        head(out, "Raise", s->pos);
        field(out, "exc", s->v.raise.exc, d + 1);
        field(out, "cause", s->v.raise.cause, d + 1);
        break;
    case S_TRY:
        head(out, "Try", s->pos);
        body(out, "body", &s->v.try_.body, d + 1);
        for (int i = 0; i < s->v.try_.handlers.len; i++) {
            const ExceptHandler *h = s->v.try_.handlers.items[i];
            indent(out, d + 1);
            fprintf(out, "ExceptHandler%s%s", h->name ? " as " : "", h->name ? h->name : "");
            pos(out, h->pos);
            field(out, "type", h->type, d + 2);
            body(out, "body", &h->body, d + 2);
        }
        body(out, "orelse", &s->v.try_.orelse, d + 1);
        body(out, "finalbody", &s->v.try_.finalbody, d + 1);
        break;
    case S_ASSERT:
        head(out, "Assert", s->pos);
        field(out, "test", s->v.assert_.test, d + 1);
        field(out, "msg", s->v.assert_.msg, d + 1);
        break;
    case S_IMPORT: case S_IMPORTFROM: {
        const AliasList *l;
        if (s->kind == S_IMPORT) {
            fputs("Import", out);
            l = &s->v.import.names;
        } else {
            fprintf(out, "ImportFrom %s level=%d", s->v.importfrom.module ? s->v.importfrom.module : "-",
                    s->v.importfrom.level);
            l = &s->v.importfrom.names;
        }
        pos(out, s->pos);
        for (int i = 0; i < l->len; i++) {
            indent(out, d + 1);
            fprintf(out, "alias %s", l->items[i]->name);
            if (l->items[i]->asname) fprintf(out, " as %s", l->items[i]->asname);
            pos(out, l->items[i]->pos);
        }
        break;
    }
    case S_GLOBAL: case S_NONLOCAL:
        fputs(s->kind == S_GLOBAL ? "Global" : "Nonlocal", out);
        for (int i = 0; i < s->v.global.names.len; i++) fprintf(out, " %s", s->v.global.names.items[i]);
        pos(out, s->pos);
        break;
    case S_EXPR:
        head(out, "Expr", s->pos);
        field(out, "value", s->v.expr.value, d + 1);
        break;
    case S_PASS: head(out, "Pass", s->pos); break;
    case S_BREAK: head(out, "Break", s->pos); break;
    case S_CONTINUE: head(out, "Continue", s->pos); break;
    case S_MATCH:
        head(out, "Match", s->pos);
        field(out, "subject", s->v.match.subject, d + 1);
        for (int i = 0; i < s->v.match.cases.len; i++) {
            const MatchCase *m = s->v.match.cases.items[i];
            indent(out, d + 1);
            head(out, "match_case", m->pos);
            label(out, d + 2, "pattern");
            pattern(out, m->pattern, d + 3);
            field(out, "guard", m->guard, d + 2);
            body(out, "body", &m->body, d + 2);
        }
        break;
    }
}

static void stmts(FILE *out, const StmtList *l, int d)
{
    for (int i = 0; i < l->len; i++) stmt(out, l->items[i], d);
}

void ast_dump(const Module *m, FILE *out)
{
    fputs("Module\n", out);
    if (m) stmts(out, &m->body, 1);
}
