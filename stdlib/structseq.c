/* Struct sequences: tuples whose items also have names (sys.version_info.major), with
 * CPython's repr `sys.version_info(major=3, ...)`. Each kind is a static subtype of tuple;
 * its field names live in the table below. */
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "structseq.h"

static const char *const version_info_fields[] = {
    "major", "minor", "micro", "releaselevel", "serial", NULL};
static const char *const float_info_fields[] = {
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
    "epsilon", "radix", "rounds", NULL};
static const char *const unraisable_fields[] = {
    "exc_type", "exc_value", "exc_traceback", "err_msg", "object", NULL};
static const char *const int_info_fields[] = {
    "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold", NULL};

static Value structseq_repr(Value self);
static Value structseq_getattr(Value self, Value name);
static Value structseq_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames);
static int structseq_setattr(Value self, Value name, Value v);

static void structseq_dealloc(Obj *o) {
    TupleObj *t = (TupleObj *)o;
    for (size_t i = t->len; i-- > 0;) XDECREF(t->items[i]);
    obj_free(o);
}

#define STRUCTSEQ_TYPE(var, tpname) \
    Type var = { \
        .hdr = STATIC_HEADER(&TypeType), .name = tpname, .basicsize = sizeof(TupleObj), \
        .itemsize = sizeof(Value), .flags = TPFLAG_TUPLE_SUB, .base = &TupleType, \
        .dealloc = structseq_dealloc, .repr = structseq_repr, .getattr = structseq_getattr, \
        .setattr = structseq_setattr, \
        .new_ = structseq_new_slot, \
    }
STRUCTSEQ_TYPE(VersionInfoType, "sys.version_info");
STRUCTSEQ_TYPE(FloatInfoType, "sys.float_info");
STRUCTSEQ_TYPE(IntInfoType, "sys.int_info");
STRUCTSEQ_TYPE(UnraisableHookArgsType, "UnraisableHookArgs");

static const struct { Type *type; const char *const *fields; } kinds[] = {
    {&VersionInfoType, version_info_fields},
    {&FloatInfoType, float_info_fields},
    {&IntInfoType, int_info_fields},
    {&UnraisableHookArgsType, unraisable_fields},
};

static const char *const *fields_of(Type *t) {
    for (; t; t = t->base)
        for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
            if (kinds[i].type == t) return kinds[i].fields;
    return NULL;
}

static size_t count_fields(const char *const *f) {
    size_t n = 0;
    while (f && f[n]) n++;
    return n;
}

Value structseq_new(Type *type, const Value *items) {
    const char *const *fields = fields_of(type);
    size_t n = count_fields(fields);
    if (!(type->flags & TPFLAG_READY) && type_ready(type) < 0) return VNULL;
    TupleObj *t = (TupleObj *)obj_alloc_var(type, n);
    if (!t) return VNULL;
    t->hash = -1;
    t->len = n;
    for (size_t i = 0; i < n; i++) t->items[i] = NEWREF(items[i]);
    return OBJ_VAL(t);
}

static Value structseq_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    err_format(ExcTypeError, "cannot create '%s' instances", type->name);
    return VNULL;
}

static Value structseq_repr(Value self) {
    const char *const *fields = fields_of(TYPE(self));
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, TYPE(self)->name);
    sb_putc(&b, '(');
    for (size_t i = 0; i < TUPLE_LEN(self); i++) {
        if (i) sb_puts(&b, ", ");
        sb_puts(&b, fields && fields[i] ? fields[i] : "?");
        sb_putc(&b, '=');
        if (sb_put_repr(&b, TUPLE_ITEMS(self)[i]) < 0) {
            sb_discard(&b);
            return VNULL;
        }
    }
    sb_putc(&b, ')');
    return sb_finish(&b);
}

static Value structseq_getattr(Value self, Value name) {
    const char *const *fields = fields_of(TYPE(self));
    size_t n = count_fields(fields);
    for (size_t i = 0; i < n && i < TUPLE_LEN(self); i++)
        if (str_eq_cstr(name, fields[i])) return NEWREF(TUPLE_ITEMS(self)[i]);
    if (str_eq_cstr(name, "n_fields") || str_eq_cstr(name, "n_sequence_fields"))
        return MAKE_SMALL((int64_t)n);
    if (str_eq_cstr(name, "n_unnamed_fields")) return MAKE_SMALL(0);
    return obj_generic_getattr(self, name);
}

static int structseq_setattr(Value self, Value name, Value v) {
    const char *const *fields = fields_of(TYPE(self));
    for (size_t i = 0; fields && fields[i]; i++)
        if (str_eq_cstr(name, fields[i])) {
            err_set(ExcAttributeError, "readonly attribute");
            return -1;
        }
    return obj_generic_setattr(self, name, v);
}
