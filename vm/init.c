/* Start-up and shut-down of the runtime. */
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "objutil.h"
#include "containers.h"
#include "union.h"
#include "strutil.h"
#include "gc.h"

Value name_table[NAME__COUNT];

static const char *const name_strings[NAME__COUNT] = {
#undef NAME
#define NAME(id) #id,
#include "names.def"
#undef NAME
};
#define NAME(id) (name_table[NAME_ID_##id])

int type_ready_flagged(Type *t);
void type_clear_heap_types(void);
void type_clear_static(Type *t);
void type_finalize_registry(void);
void objutil_finalize(void);
void sidedict_finalize(void);
void eval_finalize(void);

/* Every static type of object.h, bases before subclasses. */
static Type *const core_types[] = {
    &ObjectType, &TypeType, &StrType, &DictType, &TupleType, &ListType, &IntType, &BoolType,
    &FloatType, &NoneType, &NotImplementedType, &EllipsisType, &BytesType, &SetType,
    &FrozenSetType, &RangeType, &SliceType, &FunctionType, &CodeType, &CellType, &MethodType,
    &BuiltinFunctionType, &MethodDescrType, &GetSetDescrType, &SlotWrapperType, &PropertyType,
    &StaticMethodType, &ClassMethodType, &SuperType, &ModuleType, &GeneratorType, &CoroutineType,
    &AsyncGeneratorType, &FrameType, &TracebackType, &FileType, &CallIterType, &SeqIterType,
    &EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType, &DictKeysType,
    &DictValuesType, &DictItemsType,
};
#define NCORE (sizeof core_types / sizeof core_types[0])


/* Classes may derive from these (static types are final unless they say otherwise). */
static Type *const subclassable[] = {
    &ObjectType, &TypeType, &StrType, &DictType, &TupleType, &ListType, &IntType, &FloatType,
    &BytesType, &SetType, &FrozenSetType, &PropertyType, &StaticMethodType, &ClassMethodType,
    &SuperType, &ModuleType,
};

int vm_init(int argc, char **argv) {
    gc_init();   /* GC flags and slots of the core types, before any object exists */
    /* Phase 1: flag every core type ready before anything is allocated, so that creating
     * the first dicts and strings does not recurse into readying half-built types. */
    for (size_t i = 0; i < NCORE; i++) core_types[i]->flags |= TPFLAG_READY;
    union_install();
    for (size_t i = 0; i < sizeof subclassable / sizeof subclassable[0]; i++)
        subclassable[i]->flags |= TPFLAG_BASETYPE;
    for (size_t i = 0; i < NAME__COUNT; i++) {
        name_table[i] = str_intern_cstr(name_strings[i]);
        if (!name_table[i]) return -1;
    }
    /* Phase 2: dicts, MROs, descriptors and inherited slots. */
    for (size_t i = 0; i < NCORE; i++)
        if (type_ready_flagged(core_types[i]) < 0) return -1;
    if (type_ready(&MemberDescrType) < 0 || type_ready(&ClassMethodDescrType) < 0 ||
        type_ready(&MethodWrapperType) < 0 || type_ready(&MappingProxyType) < 0 ||
        type_ready(&GenericAliasType) < 0 || type_ready(&UnionType) < 0)
        return -1;
    if (str_install_wrappers() < 0) return -1;
    if (containers_init() < 0) return -1;
    if (exc_init_types() < 0) return -1;
    if (builtins_init() < 0) return -1;
    if (sys_init(argc, argv) < 0) return -1;
    /* Anything the other init functions wrote into type dicts directly is seen from here. */
    type_modified(&ObjectType, VNULL);
    return 0;
}

/* Empties module namespaces, the latest imported first and sys and builtins last, which
 * breaks the module -> function -> globals cycles so everything is released. */
static void clear_modules(void) {
    if (!vm.modules || !IS_DICT(vm.modules)) return;
    Value mods = dict_values_list(vm.modules);
    if (!mods) { err_clear(); return; }
    for (size_t i = LIST_LEN(mods); i-- > 0;) {
        Value m = LIST_ITEMS(mods)[i];
        if (m == vm.sys_module || m == vm.builtins_module) continue;
        if (!IS_SMALL(m) && type_is_subtype(TYPE(m), &ModuleType)) {
            Value d = ((ModuleObj *)AS_OBJ(m))->dict;
            if (d && IS_DICT(d)) dict_clear(d);
        }
    }
    DECREF(mods);
    /* Cycles the emptied namespaces left behind: finalized while print and sys work. */
    gc_collect_at_exit(true);
    /* Class attributes may hold objects whose __del__ still wants print and sys. */
    type_clear_heap_types();
    dict_clear(vm.modules);
    if (vm.sys_module) {
        Value d = ((ModuleObj *)AS_OBJ(vm.sys_module))->dict;
        if (d && IS_DICT(d)) dict_clear(d);
    }
    if (vm.builtins_module) {
        Value d = ((ModuleObj *)AS_OBJ(vm.builtins_module))->dict;
        if (d && IS_DICT(d) && d != vm.builtins) dict_clear(d);
    }
    if (vm.builtins && IS_DICT(vm.builtins)) dict_clear(vm.builtins);
}

void vm_finalize(void) {
    CLEAR(vm.exc);
    gc_collect_at_exit(true);   /* garbage cycles first, while every namespace is intact */
    clear_modules();
    if (err_occurred()) err_clear();
    CLEAR(vm.modules);
    CLEAR(vm.sys_module);
    CLEAR(vm.builtins_module);
    CLEAR(vm.builtins);
    type_clear_heap_types();
    gc_collect_at_exit(false);   /* what is left is freed without running more code */
    for (size_t i = NCORE; i-- > 0;) type_clear_static(core_types[i]);
    type_clear_static(&MemberDescrType);
    type_clear_static(&ClassMethodDescrType);
    type_clear_static(&MethodWrapperType);
    type_clear_static(&MappingProxyType);
    type_clear_static(&GenericAliasType);
    type_clear_static(&UnionType);
    for (size_t i = 0; i < NAME__COUNT; i++) CLEAR(name_table[i]);
    objutil_finalize();
    sidedict_finalize();
    type_finalize_registry();
    /* Caches of borrowed pointers: emptied so that LeakSanitizer sees only live references. */
    eval_finalize();
    memset(mcache, 0, sizeof mcache);
    gc_forget_tracked();
}
