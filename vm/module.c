/* Module objects: a namespace dict with a name. */
#include <string.h>
#include "object.h"
#include "objutil.h"
#include "args.h"
#include "import.h"

#define MOD(v) ((ModuleObj *)AS_OBJ(v))

Value module_new(Value name)
{
    ModuleObj *m = (ModuleObj *)obj_alloc(&ModuleType);
    if (!m) return VNULL;
    m->dict = dict_new();
    if (!m->dict) {
        DECREF(OBJ_VAL(m));
        return VNULL;
    }
    m->name = NEWREF(name);
    if (dict_set(m->dict, NAME(__name__), name) < 0 || dict_set(m->dict, NAME(__doc__), NONE) < 0 ||
        dict_set(m->dict, NAME(__package__), NONE) < 0 || dict_set(m->dict, NAME(__loader__), NONE) < 0 ||
        dict_set(m->dict, NAME(__spec__), NONE) < 0) {
        DECREF(OBJ_VAL(m));
        return VNULL;
    }
    return OBJ_VAL(m);
}

int module_add_functions(Value module, const MethodDef *defs)
{
    for (const MethodDef *d = defs; d && d->name; d++) {
        Value f = builtin_new(d, module);
        if (!f) return -1;
        int rc = dict_set_cstr(MOD(module)->dict, d->name, f);
        DECREF(f);
        if (rc < 0) return -1;
    }
    return 0;
}

static void module_dealloc(Obj *o)
{
    ModuleObj *m = (ModuleObj *)o;
    CLEAR(m->dict);
    CLEAR(m->name);
    obj_free(o);
}

static Value module_getattr(Value self, Value name)
{
    Value r = obj_generic_getattr(self, name);
    if (r || !err_matches(ExcAttributeError)) return r;
    ModuleObj *m = MOD(self);
    /* Module-level __getattr__ (PEP 562). */
    Value ga = m->dict ? dict_get_str(m->dict, NAME(__getattr__)) : VNULL;
    if (ga) {
        err_clear();
        return obj_call1(ga, name);
    }
    Value modname = m->dict ? dict_get_str(m->dict, NAME(__name__)) : VNULL;
    err_clear();
    if (modname && IS_STR(modname))
        err_format(ExcAttributeError, "module '%U' has no attribute '%U'", modname, name);
    else
        err_format(ExcAttributeError, "module has no attribute '%U'", name);
    err_attribute_fields(self, name);
    return VNULL;
}

static Value module_repr(Value self)
{
    ModuleObj *m = MOD(self);
    Value name = m->dict ? dict_get_str(m->dict, NAME(__name__)) : VNULL;
    if (!name) name = m->name;
    Value file = m->dict ? dict_get_str(m->dict, NAME(__file__)) : VNULL;
    if (file && IS_STR(file)) return str_fromformat("<module %R from %R>", name, file);
    /* "(built-in)" only for the C modules: types.ModuleType('m') shows as <module 'm'>. */
    int builtin = 0;
    if (IS_STR(name)) {
        Value names = import_builtin_names();
        if (!names) return VNULL;
        for (size_t i = 0; i < TUPLE_LEN(names) && !builtin; i++)
            builtin = str_eq(TUPLE_ITEMS(names)[i], name);
        DECREF(names);
    }
    return str_fromformat(builtin ? "<module %R (built-in)>" : "<module %R>", name);
}

static Value module_get_dict(Value self)
{
    return NEWREF(MOD(self)->dict);
}

static int module_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const names[] = {"name", "doc", NULL};
    Value out[2];
    if (arg_parse("module", args, nargs, kwnames, names, 2, 1, out) < 0) return -1;
    if (!IS_STR(out[0])) {
        err_format(ExcTypeError, "module.__init__() argument 'name' must be str, not %s", type_name(out[0]));
        return -1;
    }
    ModuleObj *m = MOD(self);
    if (!m->dict && !(m->dict = dict_new())) return -1;
    Value old = m->name;
    m->name = NEWREF(out[0]);
    XDECREF(old);
    if (dict_set(m->dict, NAME(__name__), out[0]) < 0) return -1;
    if (dict_set(m->dict, NAME(__doc__), out[1] ? out[1] : NONE) < 0) return -1;
    if (dict_set(m->dict, NAME(__package__), NONE) < 0) return -1;
    if (dict_set(m->dict, NAME(__loader__), NONE) < 0) return -1;
    if (dict_set(m->dict, NAME(__spec__), NONE) < 0) return -1;
    return 0;
}

static Value module_dir(Value self, const Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (arg_simple("__dir__", nargs, kwnames, 0, 0) < 0) return VNULL;
    Value keys = dict_keys_list(MOD(self)->dict);
    return keys;
}

static const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef module_methods[] = {
    {"__dir__", module_dir, 0},
    {NULL, NULL, 0},
};

Type ModuleType = {
    .hdr = STATIC_HEADER(&TypeType),
    .name = "module",
    .basicsize = sizeof(ModuleObj),
    .flags = TPFLAG_BASETYPE,
    .dictoffset = offsetof(ModuleObj, dict),
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .init = module_init,
    .methods = module_methods,
    .getsets = module_getsets,
};
