/* The symbol-table pass: collect what every block does with every name, then
 * resolve each name to local, global (explicit or implicit), free or cell, the
 * way CPython's symtable does, so closures and class bodies behave the same. */
#include <stdlib.h>
#include <string.h>
#include "object.h"
#include "symtable.h"

static void *st_grow(SymTable *st, void *p, int *cap, int need, size_t elem)
{
    if (need <= *cap) return p;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need) ncap *= 2;
    void *q = realloc(p, (size_t)ncap * elem);
    if (!q) {
        if (!st->failed) { st->failed = 2; err_no_memory(); }
        return NULL;
    }
    *cap = ncap;
    return q;
}

static void st_error(SymTable *st, Pos pos, const char *fmt, const char *name)
{
    if (st->failed) return;
    st->failed = 1;
    memset(st->err, 0, sizeof *st->err);
    snprintf(st->err->msg, sizeof st->err->msg, fmt, name);
    st->err->lineno = pos.lineno;
    st->err->col = pos.col;
    st->err->end_lineno = pos.end_lineno;
    st->err->end_col = pos.end_col;
}

Sym *symtable_lookup(Block *b, const char *name)
{
    uint64_t h = hix_str_hash(name);
    for (int p = hix_first(&b->symix, h); p >= 0; p = hix_next(&b->symix, h, p)) {
        Sym *s = &b->syms[b->symix.idx[p]];
        if (strcmp(s->name, name) == 0) return s;
    }
    return NULL;
}

int symtable_scope(Block *b, const char *name)
{
    Sym *s = symtable_lookup(b, name);
    return s ? s->scope : SC_NONE;
}

Block *symtable_child(Block *b, const void *key)
{
    if (b->next_kid < b->nkids && b->kids[b->next_kid]->key == key) return b->kids[b->next_kid++];
    for (int i = 0; i < b->nkids; i++)
        if (b->kids[i]->key == key) {
            b->next_kid = i + 1;
            return b->kids[i];
        }
    return NULL;
}

static Sym *add_sym(SymTable *st, Block *b, const char *name)
{
    Sym *s = symtable_lookup(b, name);
    if (s) return s;
    Sym *ns = st_grow(st, b->syms, &b->capsyms, b->nsyms + 1, sizeof(Sym));
    if (!ns) return NULL;
    b->syms = ns;
    if (hix_add(&b->symix, hix_str_hash(name), b->nsyms) < 0) {
        if (!st->failed) { st->failed = 2; err_no_memory(); }
        return NULL;
    }
    s = &b->syms[b->nsyms++];
    memset(s, 0, sizeof *s);
    s->name = name;
    return s;
}

static int add_def(SymTable *st, Block *b, const char *name, int flag, Pos pos)
{
    if (st->failed) return -1;
    Sym *s = add_sym(st, b, name);
    if (!s) return -1;
    if ((flag & DEF_PARAM) && (s->flags & DEF_PARAM)) {
        st_error(st, pos, "duplicate argument '%s' in function definition", name);
        return -1;
    }
    s->flags |= flag;
    if (flag & DEF_PARAM) {
        const char **np = st_grow(st, b->params, &b->capparams, b->nparams + 1, sizeof(char *));
        if (!np) return -1;
        b->params = np;
        b->params[b->nparams++] = name;
    }
    return 0;
}

static Block *new_block(SymTable *st, Block *parent, BlockType type, const char *name,
                        const void *key, Pos pos)
{
    Block *b = calloc(1, sizeof *b);
    if (!b) {
        if (!st->failed) { st->failed = 2; err_no_memory(); }
        return NULL;
    }
    b->type = type;
    b->name = name;
    b->key = key;
    b->parent = parent;
    b->pos = pos;
    if (parent) {
        Block **nk = st_grow(st, parent->kids, &parent->capkids, parent->nkids + 1, sizeof(Block *));
        if (!nk) { free(b); return NULL; }
        parent->kids = nk;
        parent->kids[parent->nkids++] = b;
        b->nested = parent->type == BLK_FUNCTION || parent->nested;
    }
    return b;
}

static void visit_expr(SymTable *st, Block *b, Expr *e);
static void visit_stmts(SymTable *st, Block *b, StmtList *l);

static void visit_exprs(SymTable *st, Block *b, ExprList *l)
{
    for (int i = 0; i < l->len && !st->failed; i++)
        if (l->items[i]) visit_expr(st, b, l->items[i]);
}

static void visit_params(SymTable *st, Block *b, Arguments *a)
{
    if (!a) return;
    for (int i = 0; i < a->posonlyargs.len; i++)
        add_def(st, b, a->posonlyargs.items[i]->name, DEF_PARAM, a->posonlyargs.items[i]->pos);
    for (int i = 0; i < a->args.len; i++)
        add_def(st, b, a->args.items[i]->name, DEF_PARAM, a->args.items[i]->pos);
    for (int i = 0; i < a->kwonlyargs.len; i++)
        add_def(st, b, a->kwonlyargs.items[i]->name, DEF_PARAM, a->kwonlyargs.items[i]->pos);
    if (a->vararg) add_def(st, b, a->vararg->name, DEF_PARAM, a->vararg->pos);
    if (a->kwarg) add_def(st, b, a->kwarg->name, DEF_PARAM, a->kwarg->pos);
}

static void visit_defaults(SymTable *st, Block *b, Arguments *a)
{
    if (!a) return;
    visit_exprs(st, b, &a->defaults);
    visit_exprs(st, b, &a->kw_defaults);
}

/* Parameter and return annotations are evaluated in the scope holding the def. */
static void visit_annotations(SymTable *st, Block *b, Arguments *a, Expr *returns)
{
    if (a) {
        ArgList *ls[3] = { &a->args, &a->posonlyargs, &a->kwonlyargs };
        for (int k = 0; k < 3; k++)
            for (int i = 0; i < ls[k]->len; i++) visit_expr(st, b, ls[k]->items[i]->annotation);
        if (a->vararg) visit_expr(st, b, a->vararg->annotation);
        if (a->kwarg) visit_expr(st, b, a->kwarg->annotation);
    }
    visit_expr(st, b, returns);
}

static const char *comp_names[] = { "", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>" };
static const char *comp_what[] = { "", "list comprehension", "set comprehension",
                                   "dict comprehension", "generator expression" };

static void visit_comprehension(SymTable *st, Block *b, Expr *e, int kind)
{
    ComprehensionList *gens = &e->v.comp.generators;
    if (gens->len == 0) return;
    /* The outermost iterable is evaluated in the enclosing scope. */
    visit_expr(st, b, gens->items[0]->iter);
    Block *c = new_block(st, b, BLK_FUNCTION, comp_names[kind], e, e->pos);
    if (!c) return;
    c->comp = kind;
    if (kind == COMP_GEN) c->is_generator = 1;
    add_def(st, c, ".0", DEF_PARAM, e->pos);
    for (int i = 0; i < gens->len && !st->failed; i++) {
        Comprehension *g = gens->items[i];
        if (g->is_async) c->is_coroutine = 1;
        /* Mark the loop targets before visiting so a walrus can see them. */
        visit_expr(st, c, g->target);
        if (st->failed) return;
        if (g->target->kind == E_NAME) {
            Sym *s = symtable_lookup(c, g->target->v.name.id);
            if (s) s->flags |= DEF_COMP_ITER;
        }
        if (i > 0) visit_expr(st, c, g->iter);
        visit_exprs(st, c, &g->ifs);
    }
    if (kind == COMP_DICT) {
        visit_expr(st, c, e->v.comp.key);
        visit_expr(st, c, e->v.comp.value);
    } else {
        visit_expr(st, c, e->v.comp.elt);
    }
    /* An async list/set/dict comprehension is awaited where it is built, which makes an
     * enclosing comprehension asynchronous too. */
    if (c->is_coroutine && kind != COMP_GEN && b->comp) b->is_coroutine = 1;
}

static void visit_walrus_target(SymTable *st, Block *b, Expr *e)
{
    const char *name = e->v.namedexpr.target->v.name.id;
    Pos pos = e->v.namedexpr.target->pos;
    for (Block *s = b; s; s = s->parent) {
        if (s->comp) {
            Sym *sym = symtable_lookup(s, name);
            if (sym && (sym->flags & DEF_COMP_ITER)) {
                st_error(st, pos, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
                return;
            }
            continue;
        }
        if (s->type == BLK_FUNCTION) {
            Sym *sym = symtable_lookup(s, name);
            if (sym && (sym->flags & DEF_GLOBAL)) add_def(st, b, name, DEF_GLOBAL, pos);
            else add_def(st, b, name, DEF_NONLOCAL, pos);
            add_def(st, s, name, DEF_LOCAL, pos);
            return;
        }
        if (s->type == BLK_MODULE) {
            add_def(st, b, name, DEF_GLOBAL, pos);
            add_def(st, s, name, DEF_GLOBAL, pos);
            return;
        }
        st_error(st, pos, "assignment expression within a comprehension cannot be used in a class body%s", "");
        return;
    }
}

static bool too_deep(SymTable *st)
{
    if (st->nesting <= 3000) return false;
    if (!st->failed) {
        st->failed = 2;
        err_set(ExcRecursionError, "maximum recursion depth exceeded during compilation");
    }
    return true;
}

static void visit_expr_inner(SymTable *st, Block *b, Expr *e);

static void visit_expr(SymTable *st, Block *b, Expr *e)
{
    if (!e || st->failed) return;
    st->nesting++;
    if (!too_deep(st)) visit_expr_inner(st, b, e);
    st->nesting--;
}

static void visit_expr_inner(SymTable *st, Block *b, Expr *e)
{
    switch (e->kind) {
    case E_BOOLOP: visit_exprs(st, b, &e->v.boolop.values); break;
    case E_NAMEDEXPR:
        visit_expr(st, b, e->v.namedexpr.value);
        if (b->comp) visit_walrus_target(st, b, e);
        else visit_expr(st, b, e->v.namedexpr.target);
        break;
    case E_BINOP: visit_expr(st, b, e->v.binop.left); visit_expr(st, b, e->v.binop.right); break;
    case E_UNARYOP: visit_expr(st, b, e->v.unaryop.operand); break;
    case E_LAMBDA: {
        visit_defaults(st, b, e->v.lambda.args);
        Block *l = new_block(st, b, BLK_FUNCTION, "<lambda>", e, e->pos);
        if (!l) return;
        l->is_lambda = 1;
        visit_params(st, l, e->v.lambda.args);
        visit_expr(st, l, e->v.lambda.body);
        break;
    }
    case E_IFEXP:
        visit_expr(st, b, e->v.ifexp.test);
        visit_expr(st, b, e->v.ifexp.body);
        visit_expr(st, b, e->v.ifexp.orelse);
        break;
    case E_DICT: visit_exprs(st, b, &e->v.dict.keys); visit_exprs(st, b, &e->v.dict.values); break;
    case E_SET: visit_exprs(st, b, &e->v.set.elts); break;
    case E_LISTCOMP: visit_comprehension(st, b, e, COMP_LIST); break;
    case E_SETCOMP: visit_comprehension(st, b, e, COMP_SET); break;
    case E_DICTCOMP: visit_comprehension(st, b, e, COMP_DICT); break;
    case E_GENEXP: visit_comprehension(st, b, e, COMP_GEN); break;
    case E_AWAIT:
        if (b->comp) b->is_coroutine = 1;
        visit_expr(st, b, e->v.await_.value);
        break;
    case E_YIELD:
    case E_YIELDFROM:
        if (b->comp) {
            st_error(st, e->pos, "'yield' inside %s", comp_what[b->comp]);
            return;
        }
        if (b->type == BLK_FUNCTION) b->is_generator = 1;
        visit_expr(st, b, e->kind == E_YIELD ? e->v.yield.value : e->v.yieldfrom.value);
        break;
    case E_COMPARE:
        visit_expr(st, b, e->v.compare.left);
        visit_exprs(st, b, &e->v.compare.comparators);
        break;
    case E_CALL:
        visit_expr(st, b, e->v.call.func);
        visit_exprs(st, b, &e->v.call.args);
        for (int i = 0; i < e->v.call.keywords.len; i++)
            visit_expr(st, b, e->v.call.keywords.items[i]->value);
        break;
    case E_FORMATTEDVALUE:
        visit_expr(st, b, e->v.formatted.value);
        visit_expr(st, b, e->v.formatted.format_spec);
        break;
    case E_JOINEDSTR: visit_exprs(st, b, &e->v.joinedstr.values); break;
    case E_CONSTANT: break;
    case E_ATTRIBUTE: visit_expr(st, b, e->v.attribute.value); break;
    case E_SUBSCRIPT:
        visit_expr(st, b, e->v.subscript.value);
        visit_expr(st, b, e->v.subscript.slice);
        break;
    case E_STARRED: visit_expr(st, b, e->v.starred.value); break;
    case E_NAME:
        if (e->v.name.ctx == CTX_LOAD) {
            add_def(st, b, e->v.name.id, DEF_USE, e->pos);
            /* Zero-argument super() needs the class cell. */
            if (b->type == BLK_FUNCTION && strcmp(e->v.name.id, "super") == 0)
                add_def(st, b, "__class__", DEF_USE, e->pos);
        } else {
            add_def(st, b, e->v.name.id, DEF_LOCAL, e->pos);
        }
        break;
    case E_LIST:
    case E_TUPLE: visit_exprs(st, b, &e->v.list.elts); break;
    case E_SLICE:
        visit_expr(st, b, e->v.slice.lower);
        visit_expr(st, b, e->v.slice.upper);
        visit_expr(st, b, e->v.slice.step);
        break;
    }
}

static void visit_directive(SymTable *st, Block *b, Stmt *s, int global)
{
    NameList *names = &s->v.global.names;
    if (!global && b->type == BLK_MODULE) {
        st_error(st, s->pos, "nonlocal declaration not allowed at module level%s", "");
        return;
    }
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < names->len && !st->failed; i++) {
        const char *name = names->items[i];
        Sym *sym = symtable_lookup(b, name);
        int cur = sym ? sym->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            char fmt[128];
            if (cur & DEF_PARAM) snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", what);
            else if (cur & DEF_USE) snprintf(fmt, sizeof fmt, "name '%%s' is used prior to %s declaration", what);
            else if (cur & DEF_ANNOT) snprintf(fmt, sizeof fmt, "annotated name '%%s' can't be %s", what);
            else snprintf(fmt, sizeof fmt, "name '%%s' is assigned to before %s declaration", what);
            st_error(st, s->pos, fmt, name);
            return;
        }
        if (add_def(st, b, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s->pos) < 0) return;
        sym = symtable_lookup(b, name);
        if (sym && !sym->directive.lineno) sym->directive = s->pos;
    }
}

static void visit_stmt_inner(SymTable *st, Block *b, Stmt *s);

/* A pattern's captures are assignments; its values and classes are reads. */
static void visit_pattern_inner(SymTable *st, Block *b, Pattern *p);

static void visit_pattern(SymTable *st, Block *b, Pattern *p)
{
    if (!p || st->failed) return;
    st->nesting++;
    if (!too_deep(st)) visit_pattern_inner(st, b, p);
    st->nesting--;
}

static void visit_pattern_inner(SymTable *st, Block *b, Pattern *p)
{
    switch (p->kind) {
    case P_VALUE: visit_expr(st, b, p->v.value.value); break;
    case P_SINGLETON: break;
    case P_SEQUENCE:
        for (int i = 0; i < p->v.seq.patterns.len; i++) visit_pattern(st, b, p->v.seq.patterns.items[i]);
        break;
    case P_MAPPING:
        visit_exprs(st, b, &p->v.mapping.keys);
        for (int i = 0; i < p->v.mapping.patterns.len; i++) visit_pattern(st, b, p->v.mapping.patterns.items[i]);
        if (p->v.mapping.rest) add_def(st, b, p->v.mapping.rest, DEF_LOCAL, p->pos);
        break;
    case P_CLASS:
        visit_expr(st, b, p->v.cls.cls);
        for (int i = 0; i < p->v.cls.patterns.len; i++) visit_pattern(st, b, p->v.cls.patterns.items[i]);
        for (int i = 0; i < p->v.cls.kwd_patterns.len; i++) visit_pattern(st, b, p->v.cls.kwd_patterns.items[i]);
        break;
    case P_STAR:
        if (p->v.star.name) add_def(st, b, p->v.star.name, DEF_LOCAL, p->pos);
        break;
    case P_AS:
        visit_pattern(st, b, p->v.as.pattern);
        if (p->v.as.name) add_def(st, b, p->v.as.name, DEF_LOCAL, p->pos);
        break;
    case P_OR:
        for (int i = 0; i < p->v.or_.patterns.len; i++) visit_pattern(st, b, p->v.or_.patterns.items[i]);
        break;
    }
}

static void visit_stmt(SymTable *st, Block *b, Stmt *s)
{
    if (!s || st->failed) return;
    st->nesting++;
    if (!too_deep(st)) visit_stmt_inner(st, b, s);
    st->nesting--;
}

static void visit_stmt_inner(SymTable *st, Block *b, Stmt *s)
{
    switch (s->kind) {
    case S_FUNCTIONDEF: {
        add_def(st, b, s->v.funcdef.name, DEF_LOCAL, s->pos);
        visit_defaults(st, b, s->v.funcdef.args);
        visit_annotations(st, b, s->v.funcdef.args, s->v.funcdef.returns);
        visit_exprs(st, b, &s->v.funcdef.decorators);
        Block *f = new_block(st, b, BLK_FUNCTION, s->v.funcdef.name, s, s->pos);
        if (!f) return;
        f->is_coroutine = s->v.funcdef.is_async;
        visit_params(st, f, s->v.funcdef.args);
        visit_stmts(st, f, &s->v.funcdef.body);
        break;
    }
    case S_CLASSDEF: {
        add_def(st, b, s->v.classdef.name, DEF_LOCAL, s->pos);
        visit_exprs(st, b, &s->v.classdef.bases);
        for (int i = 0; i < s->v.classdef.keywords.len; i++)
            visit_expr(st, b, s->v.classdef.keywords.items[i]->value);
        visit_exprs(st, b, &s->v.classdef.decorators);
        Block *c = new_block(st, b, BLK_CLASS, s->v.classdef.name, s, s->pos);
        if (!c) return;
        visit_stmts(st, c, &s->v.classdef.body);
        break;
    }
    case S_RETURN: visit_expr(st, b, s->v.ret.value); break;
    case S_DELETE: visit_exprs(st, b, &s->v.del.targets); break;
    case S_ASSIGN:
        visit_expr(st, b, s->v.assign.value);
        visit_exprs(st, b, &s->v.assign.targets);
        break;
    case S_AUGASSIGN:
        visit_expr(st, b, s->v.augassign.target);
        visit_expr(st, b, s->v.augassign.value);
        break;
    case S_ANNASSIGN: {
        Expr *t = s->v.annassign.target;
        int simple = s->v.annassign.simple;
        if (t->kind == E_NAME) {
            Sym *sym = symtable_lookup(b, t->v.name.id);
            if (sym && (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && b->type != BLK_MODULE && simple) {
                st_error(st, s->pos, (sym->flags & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                                : "annotated name '%s' can't be nonlocal",
                         t->v.name.id);
                return;
            }
            if (simple) add_def(st, b, t->v.name.id, DEF_LOCAL | DEF_ANNOT, t->pos);
            else if (s->v.annassign.value) add_def(st, b, t->v.name.id, DEF_LOCAL, t->pos);
        } else {
            visit_expr(st, b, t);
        }
        visit_expr(st, b, s->v.annassign.annotation);
        visit_expr(st, b, s->v.annassign.value);
        break;
    }
    case S_FOR:
        visit_expr(st, b, s->v.for_.target);
        visit_expr(st, b, s->v.for_.iter);
        visit_stmts(st, b, &s->v.for_.body);
        visit_stmts(st, b, &s->v.for_.orelse);
        break;
    case S_WHILE:
        visit_expr(st, b, s->v.while_.test);
        visit_stmts(st, b, &s->v.while_.body);
        visit_stmts(st, b, &s->v.while_.orelse);
        break;
    case S_IF:
        visit_expr(st, b, s->v.if_.test);
        visit_stmts(st, b, &s->v.if_.body);
        visit_stmts(st, b, &s->v.if_.orelse);
        break;
    case S_WITH:
        for (int i = 0; i < s->v.with.items.len; i++) {
            visit_expr(st, b, s->v.with.items.items[i]->context_expr);
            visit_expr(st, b, s->v.with.items.items[i]->optional_vars);
        }
        visit_stmts(st, b, &s->v.with.body);
        break;
    case S_RAISE:
        visit_expr(st, b, s->v.raise.exc);
        visit_expr(st, b, s->v.raise.cause);
        break;
    case S_TRY:
        visit_stmts(st, b, &s->v.try_.body);
        for (int i = 0; i < s->v.try_.handlers.len && !st->failed; i++) {
            ExceptHandler *h = s->v.try_.handlers.items[i];
            visit_expr(st, b, h->type);
            if (h->name) add_def(st, b, h->name, DEF_LOCAL, h->pos);
            visit_stmts(st, b, &h->body);
        }
        visit_stmts(st, b, &s->v.try_.orelse);
        visit_stmts(st, b, &s->v.try_.finalbody);
        break;
    case S_ASSERT:
        visit_expr(st, b, s->v.assert_.test);
        visit_expr(st, b, s->v.assert_.msg);
        break;
    case S_IMPORT:
    case S_IMPORTFROM: {
        AliasList *names = s->kind == S_IMPORT ? &s->v.import.names : &s->v.importfrom.names;
        for (int i = 0; i < names->len && !st->failed; i++) {
            Alias *a = names->items[i];
            if (strcmp(a->name, "*") == 0) {
                if (b->type != BLK_MODULE) {
                    st_error(st, s->pos, "import * only allowed at module level%s", "");
                    return;
                }
                continue;
            }
            const char *bind = a->asname;
            if (!bind) {
                const char *dot = strchr(a->name, '.');
                bind = a->name;
                if (dot) {
                    /* `import a.b` binds a: the symbol owns a NUL-terminated copy. */
                    size_t n = (size_t)(dot - a->name);
                    char *cp = malloc(n + 1);
                    if (!cp) { st->failed = 2; err_no_memory(); return; }
                    memcpy(cp, a->name, n);
                    cp[n] = 0;
                    Sym *sym = symtable_lookup(b, cp);
                    if (sym) { free(cp); bind = sym->name; }
                    else {
                        if (add_def(st, b, cp, DEF_LOCAL | DEF_IMPORT, a->pos) < 0) { free(cp); return; }
                        symtable_lookup(b, cp)->flags |= DEF_OWNED;
                        continue;
                    }
                }
            }
            add_def(st, b, bind, DEF_LOCAL | DEF_IMPORT, a->pos);
        }
        break;
    }
    case S_GLOBAL: visit_directive(st, b, s, 1); break;
    case S_NONLOCAL: visit_directive(st, b, s, 0); break;
    case S_EXPR: visit_expr(st, b, s->v.expr.value); break;
    case S_PASS: case S_BREAK: case S_CONTINUE: break;
    case S_MATCH:
        visit_expr(st, b, s->v.match.subject);
        for (int i = 0; i < s->v.match.cases.len && !st->failed; i++) {
            MatchCase *m = s->v.match.cases.items[i];
            visit_pattern(st, b, m->pattern);
            visit_expr(st, b, m->guard);
            visit_stmts(st, b, &m->body);
        }
        break;
    }
}

static void visit_stmts(SymTable *st, Block *b, StmtList *l)
{
    for (int i = 0; i < l->len && !st->failed; i++) visit_stmt(st, b, l->items[i]);
}

/* ---- resolution ---- */

/* A set of names: entries in insertion order (NULL once deleted) plus a hash index. */
typedef struct { const char **v; int n, cap; HIndex ix; } NameSet;

static int ns_find(const NameSet *s, const char *name)
{
    uint64_t h = hix_str_hash(name);
    for (int p = hix_first(&s->ix, h); p >= 0; p = hix_next(&s->ix, h, p)) {
        const char *k = s->v[s->ix.idx[p]];
        if (k && strcmp(k, name) == 0) return s->ix.idx[p];
    }
    return -1;
}

static int ns_has(const NameSet *s, const char *name) { return ns_find(s, name) >= 0; }

static int ns_add(SymTable *st, NameSet *s, const char *name)
{
    if (ns_has(s, name)) return 0;
    const char **nv = st_grow(st, s->v, &s->cap, s->n + 1, sizeof(char *));
    if (!nv) return -1;
    s->v = nv;
    if (hix_add(&s->ix, hix_str_hash(name), s->n) < 0) {
        if (!st->failed) { st->failed = 2; err_no_memory(); }
        return -1;
    }
    s->v[s->n++] = name;
    return 0;
}

static void ns_del(NameSet *s, const char *name)
{
    int i = ns_find(s, name);
    if (i >= 0) s->v[i] = NULL;
}

static int ns_copy(SymTable *st, NameSet *dst, const NameSet *src)
{
    for (int i = 0; src && i < src->n; i++)
        if (src->v[i] && ns_add(st, dst, src->v[i]) < 0) return -1;
    return 0;
}

static void ns_free(NameSet *s)
{
    free(s->v);
    hix_free(&s->ix);
    s->v = NULL;
    s->n = s->cap = 0;
}

/* bound: names bound by enclosing function blocks (NULL at module level);
 * global: names declared global above; free: collects this block's free names for the parent. */
static int analyze(SymTable *st, Block *b, NameSet *bound, NameSet *global, NameSet *free_out)
{
    NameSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0};
    int rc = -1;
    if (b->type == BLK_CLASS) {
        if (ns_copy(st, &newglobal, global) < 0 || ns_copy(st, &newbound, bound) < 0) goto done;
    }
    for (int i = 0; i < b->nsyms; i++) {
        Sym *s = &b->syms[i];
        const char *name = s->name;
        if (s->flags & DEF_GLOBAL) {
            if (s->flags & DEF_NONLOCAL) {
                st_error(st, s->directive, "name '%s' is nonlocal and global", name);
                goto done;
            }
            s->scope = SC_GLOBAL_EXPLICIT;
            if (ns_add(st, global, name) < 0) goto done;
            if (bound) ns_del(bound, name);
        } else if (s->flags & DEF_NONLOCAL) {
            if (!bound) {
                st_error(st, s->directive, "nonlocal declaration not allowed at module level%s", "");
                goto done;
            }
            if (!ns_has(bound, name)) {
                st_error(st, s->directive, "no binding for nonlocal '%s' found", name);
                goto done;
            }
            s->scope = SC_FREE;
            if (ns_add(st, free_out, name) < 0) goto done;
        } else if (s->flags & DEF_BOUND) {
            s->scope = SC_LOCAL;
            if (ns_add(st, &local, name) < 0) goto done;
            ns_del(global, name);
        } else if (bound && ns_has(bound, name)) {
            s->scope = SC_FREE;
            if (ns_add(st, free_out, name) < 0) goto done;
        } else {
            s->scope = SC_GLOBAL_IMPLICIT;
        }
    }
    if (b->type != BLK_CLASS) {
        if (b->type == BLK_FUNCTION && ns_copy(st, &newbound, &local) < 0) goto done;
        if (ns_copy(st, &newbound, bound) < 0 || ns_copy(st, &newglobal, global) < 0) goto done;
    } else {
        if (ns_add(st, &newbound, "__class__") < 0) goto done;
    }
    for (int i = 0; i < b->nkids; i++) {
        NameSet kb = {0}, kg = {0};
        int r = ns_copy(st, &kb, &newbound) | ns_copy(st, &kg, &newglobal);
        if (r == 0) r = analyze(st, b->kids[i], &kb, &kg, &newfree);
        ns_free(&kb);
        ns_free(&kg);
        if (r < 0) goto done;
    }
    if (b->type == BLK_FUNCTION) {
        for (int i = 0; i < b->nsyms; i++) {
            Sym *s = &b->syms[i];
            if (s->scope == SC_LOCAL && ns_has(&newfree, s->name)) {
                s->scope = SC_CELL;
                ns_del(&newfree, s->name);
            }
        }
    } else if (b->type == BLK_CLASS && ns_has(&newfree, "__class__")) {
        b->needs_class_closure = 1;
        ns_del(&newfree, "__class__");
    }
    for (int i = 0; i < newfree.n; i++) {
        const char *name = newfree.v[i];
        if (!name) continue;
        Sym *s = symtable_lookup(b, name);
        if (s) {
            if (b->type == BLK_CLASS && (s->flags & (DEF_BOUND | DEF_GLOBAL)))
                s->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !ns_has(bound, name)) continue;
        s = add_sym(st, b, name);
        if (!s) goto done;
        s->scope = SC_FREE;
    }
    if (ns_copy(st, free_out, &newfree) < 0) goto done;
    rc = 0;
done:
    ns_free(&local);
    ns_free(&newbound);
    ns_free(&newglobal);
    ns_free(&newfree);
    return rc;
}

int symtable_build(SymTable *st, Module *m, int mode, SyntaxErrorInfo *err)
{
    (void)mode;
    memset(st, 0, sizeof *st);
    st->err = err;
    Pos pos = {1, 0, 1, 0};
    st->top = new_block(st, NULL, BLK_MODULE, "<module>", m, pos);
    if (!st->top) return -1;
    visit_stmts(st, st->top, &m->body);
    if (st->failed) return -1;
    NameSet global = {0}, free_ = {0};
    int r = analyze(st, st->top, NULL, &global, &free_);
    ns_free(&global);
    ns_free(&free_);
    return r < 0 || st->failed ? -1 : 0;
}

static void block_free(Block *b)
{
    if (!b) return;
    for (int i = 0; i < b->nkids; i++) block_free(b->kids[i]);
    for (int i = 0; i < b->nsyms; i++)
        if (b->syms[i].flags & DEF_OWNED) free((char *)b->syms[i].name);
    free(b->kids);
    free(b->syms);
    hix_free(&b->symix);
    free(b->params);
    free(b);
}

void symtable_free(SymTable *st)
{
    block_free(st->top);
    st->top = NULL;
}
