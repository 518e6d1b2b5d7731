/* list[int], dict[str, int]: the types.GenericAlias objects that annotations create. */
#include "object.h"
#include "objutil.h"
#include "union.h"

typedef struct GenericAliasObj { Obj hdr; Value origin; Value args; } GenericAliasObj;
#define GA(v) ((GenericAliasObj *)AS_OBJ(v))

Type GenericAliasType;

Value generic_alias_new(Value origin, Value args) {
    Value t = IS_TUPLE(args) ? NEWREF(args) : tuple_pack(1, args);
    if (!t) return VNULL;
    Obj *o = obj_alloc(&GenericAliasType);
    if (!o) { DECREF(t); return VNULL; }
    GA(OBJ_VAL(o))->origin = NEWREF(origin);
    GA(OBJ_VAL(o))->args = t;
    return OBJ_VAL(o);
}

static void ga_dealloc(Obj *o) {
    CLEAR(((GenericAliasObj *)o)->origin);
    CLEAR(((GenericAliasObj *)o)->args);
    obj_free(o);
}

int ga_put_item(StrBuf *b, Value v) {
    if (v == ELLIPSIS) { sb_puts(b, "..."); return 0; }
    if (IS_TYPEOBJ(v)) {
        Type *t = (Type *)AS_OBJ(v);
        Value mod = IS_HEAPTYPE(t) ? dict_get_str(t->dict, NAME(__module__)) : t->module_v;
        if (mod && IS_STR(mod) && !str_eq_cstr(mod, "builtins")) {
            sb_put_str(b, mod);
            sb_putc(b, '.');
        }
        return sb_put_str(b, t->qualname_v);
    }
    return sb_put_repr(b, v);
}

static Value ga_repr(Value self) {
    StrBuf b;
    sb_init(&b);
    if (ga_put_item(&b, GA(self)->origin) < 0) goto fail;
    sb_putc(&b, '[');
    Value args = GA(self)->args;
    if (TUPLE_LEN(args) == 0) sb_puts(&b, "()");
    for (size_t i = 0; i < TUPLE_LEN(args); i++) {
        if (i) sb_puts(&b, ", ");
        if (ga_put_item(&b, TUPLE_ITEMS(args)[i]) < 0) goto fail;
    }
    sb_putc(&b, ']');
    return sb_finish(&b);
fail:
    sb_discard(&b);
    return VNULL;
}

static Value ga_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    return obj_call(GA(self)->origin, args, nargs, kwnames);
}

static Value ga_getattr(Value self, Value name) {
    if (str_eq_cstr(name, "__origin__")) return NEWREF(GA(self)->origin);
    if (str_eq_cstr(name, "__args__")) return NEWREF(GA(self)->args);
    if (str_eq_cstr(name, "__class__")) return NEWREF(OBJ_VAL(&GenericAliasType));
    return obj_getattr(GA(self)->origin, name);
}

static Value ga_richcompare(Value a, Value b, int op) {
    if ((op != 2 && op != 3) || !IS_TYPE(b, &GenericAliasType)) return NOTIMPLEMENTED;
    int eq = GA(a)->origin == GA(b)->origin;
    if (eq) {
        eq = obj_richcompare_bool(GA(a)->args, GA(b)->args, 2);
        if (eq < 0) return VNULL;
    }
    return BOOL_VAL(op == 2 ? eq : !eq);
}

static int64_t ga_hash(Value self) {
    int64_t h1 = obj_hash(GA(self)->origin), h2 = obj_hash(GA(self)->args);
    if (h1 == -1 || h2 == -1) return -1;
    int64_t h = h1 ^ h2;
    return h == -1 ? -2 : h;
}

static Value ga_getitem(Value self, Value key) {
    (void)key;
    err_format(ExcTypeError, "%R is not a generic class", self);
    return VNULL;
}

/* types.GenericAlias(origin, args) */
static Value ga_new_slot(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    (void)type;
    if (kwnames && TUPLE_LEN(kwnames)) {
        err_set(ExcTypeError, "GenericAlias() takes no keyword arguments");
        return VNULL;
    }
    if (nargs != 2) {
        err_format(ExcTypeError, "GenericAlias expected 2 arguments, got %d", (int)nargs);
        return VNULL;
    }
    return generic_alias_new(args[0], args[1]);
}

Type GenericAliasType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAliasObj),
    .new_ = ga_new_slot,
    .dealloc = ga_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .getitem = ga_getitem,
};
