/* minipy's object model: the one header every runtime module codes against.
 *
 * Conventions (the same as CPython's C API, so they are familiar):
 *  - A Value is one machine word: a tagged small int (low bit 1) or an Obj pointer.
 *  - A function returning Value returns a NEW reference, or VNULL with an
 *    exception set (see errors below). Iteration: iternext returns VNULL with
 *    NO exception set at exhaustion.
 *  - Arguments are BORROWED unless the name says _steal.
 *  - int-returning functions return -1 on error (exception set), else >= 0.
 */
#ifndef MINIPY_OBJECT_H
#define MINIPY_OBJECT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef uintptr_t Value;
#define VNULL ((Value)0)

typedef struct Type Type;
typedef struct Obj {
    intptr_t refcnt;
    Type *type;
} Obj;

/* ---- tagged small ints: 63-bit signed ---- */
#define IS_SMALL(v)   (((v) & 1) != 0)
#define SMALL_VAL(v)  ((intptr_t)(v) >> 1)
#define MAKE_SMALL(i) ((Value)(((uintptr_t)(intptr_t)(i) << 1) | 1))
#define SMALL_MAX     (INTPTR_MAX >> 1)
#define SMALL_MIN     (INTPTR_MIN >> 1)
#define AS_OBJ(v)     ((Obj *)(v))
#define OBJ_VAL(o)    ((Value)(o))

extern Type IntType;
static inline Type *TYPE(Value v) { return IS_SMALL(v) ? &IntType : AS_OBJ(v)->type; }

/* Static objects (None, True, types, ...) start with this count so they never die. */
#define IMMORTAL_REFCNT ((intptr_t)1 << 60)
#define STATIC_HEADER(typeptr) { .refcnt = IMMORTAL_REFCNT, .type = (typeptr) }

void obj_dealloc(Obj *o);   /* calls o->type->dealloc */
static inline void INCREF(Value v) { if (!IS_SMALL(v)) AS_OBJ(v)->refcnt++; }
static inline void DECREF(Value v) {
    if (!IS_SMALL(v) && --AS_OBJ(v)->refcnt == 0) obj_dealloc(AS_OBJ(v));
}
static inline void XINCREF(Value v) { if (v) INCREF(v); }
static inline void XDECREF(Value v) { if (v) DECREF(v); }
static inline Value NEWREF(Value v) { INCREF(v); return v; }
#define CLEAR(lv) do { Value tmp__ = (lv); (lv) = VNULL; XDECREF(tmp__); } while (0)

/* ---- singletons ---- */
extern Obj NoneObj, NotImplementedObj, EllipsisObj;
extern struct BoolObj TrueObj, FalseObj;
#define NONE           OBJ_VAL(&NoneObj)
#define NOTIMPLEMENTED OBJ_VAL(&NotImplementedObj)
#define ELLIPSIS       OBJ_VAL(&EllipsisObj)
#define TRUE_VAL       OBJ_VAL(&TrueObj)
#define FALSE_VAL      OBJ_VAL(&FalseObj)
static inline Value BOOL_VAL(int b) { return b ? TRUE_VAL : FALSE_VAL; }
/* Return a new reference to a singleton. */
#define RETURN_NONE do { return NONE; } while (0)   /* singletons are immortal: no INCREF needed */

/* ---- slot signatures ---- */
typedef void (*DeallocFn)(Obj *);
typedef Value (*UnaryFn)(Value);
typedef Value (*BinaryFn)(Value, Value);
typedef Value (*TernaryFn)(Value, Value, Value);
typedef int64_t (*HashFn)(Value);                       /* -1 on error */
typedef Value (*RichCmpFn)(Value a, Value b, int op);    /* op: CMP_LT..CMP_GE (parser/ast.h order) */
typedef Value (*GetAttrFn)(Value obj, Value name);       /* name is a str */
typedef int (*SetAttrFn)(Value obj, Value name, Value v);/* v == VNULL: delete */
typedef intptr_t (*LenFn)(Value);                        /* -1 on error */
typedef int (*SetItemFn)(Value obj, Value key, Value v); /* v == VNULL: delete */
typedef int (*ContainsFn)(Value obj, Value item);        /* 1, 0, or -1 */
typedef int (*InquiryFn)(Value);                         /* bool slot: 1, 0, or -1 */
/* Vector calls: args[0..nargs) positional, then len(kwnames) keyword values;
 * kwnames is a tuple of str or VNULL. */
typedef Value (*CallFn)(Value callable, const Value *args, size_t nargs, Value kwnames);
typedef Value (*NewFn)(Type *type, const Value *args, size_t nargs, Value kwnames);
typedef int (*InitFn)(Value self, const Value *args, size_t nargs, Value kwnames);
typedef Value (*DescrGetFn)(Value descr, Value obj /* VNULL: via the class */, Value type);
typedef int (*DescrSetFn)(Value descr, Value obj, Value v /* VNULL: delete */);
/* Methods of C types: self is the receiver (the module for module functions). */
typedef Value (*CFunc)(Value self, const Value *args, size_t nargs, Value kwnames);
typedef Value (*GetterFn)(Value self);
typedef int (*SetterFn)(Value self, Value v);            /* v == VNULL: delete */

#define METH_STATIC 1   /* no self */
#define METH_CLASS  2   /* self is the class */
typedef struct MethodDef { const char *name; CFunc fn; int flags; } MethodDef;
typedef struct GetSetDef { const char *name; GetterFn get; SetterFn set; } GetSetDef;

/* Binary operators, indexed by BinOpKind (parser/ast.h); in-place ops use nb_inplace. */
#define NB_COUNT 13

#define TPFLAG_HEAPTYPE   (1u << 0)   /* created by a class statement; refcounted */
#define TPFLAG_BASETYPE   (1u << 1)   /* may be subclassed */
#define TPFLAG_READY      (1u << 2)
#define TPFLAG_INT_SUB    (1u << 3)   /* fast subclass checks */
#define TPFLAG_STR_SUB    (1u << 4)
#define TPFLAG_TUPLE_SUB  (1u << 5)
#define TPFLAG_LIST_SUB   (1u << 6)
#define TPFLAG_DICT_SUB   (1u << 7)
#define TPFLAG_EXC_SUB    (1u << 8)   /* BaseException and subclasses */
#define TPFLAG_TYPE_SUB   (1u << 9)
#define TPFLAG_ABSTRACT_ITER (1u << 10)
#define TPFLAG_GC         (1u << 11)  /* instances carry a GC header (vm/gc.h) and are tracked by
                                         the cycle collector; needs the traverse slot */

/* ---- cycle collector slots (vm/gc.c) ----
 * traverse calls visit on exactly the references the object OWNS (each once): the
 * collector subtracts them from refcounts, so a visited borrowed reference frees a live
 * object. Anything not visited is treated as reachable from outside (always safe).
 * clear drops references that may form cycles, leaving the object valid for later use;
 * finalize (PEP 442: __del__, a suspended generator's close) runs once per object. */
typedef void (*VisitFn)(Value v, void *arg);            /* v may be VNULL or a small int */
typedef void (*TraverseFn)(Obj *o, VisitFn visit, void *arg);
typedef void (*ClearFn)(Obj *o);
typedef void (*FinalizeFn)(Obj *o);

struct Type {
    Obj hdr;
    const char *name;        /* "list"; for heap types the qualified __name__ as C string */
    size_t basicsize;        /* instance size in bytes */
    size_t itemsize;         /* per item for variable-size objects (str, tuple, int), else 0 */
    unsigned flags;
    Type *base;              /* the solid base; NULL only for object */
    Value bases;             /* tuple of types */
    Value mro;               /* tuple of types, self first */
    Value dict;              /* dict: methods, descriptors, class attributes */
    Value name_v, qualname_v, module_v;  /* str values for __name__, __qualname__, __module__ */
    size_t dictoffset;       /* byte offset of an instance __dict__ (Value) or 0 */

    DeallocFn dealloc;
    UnaryFn repr, str;
    HashFn hash;
    RichCmpFn richcompare;
    GetAttrFn getattr;
    SetAttrFn setattr;
    CallFn call;
    UnaryFn iter, iternext;
    DescrGetFn descr_get;
    DescrSetFn descr_set;
    NewFn new_;
    InitFn init;

    BinaryFn nb[NB_COUNT];          /* may return NOTIMPLEMENTED; called as nb[op](a, b) for
                                       either operand's type, as CPython's number slots */
    BinaryFn nb_inplace[NB_COUNT];  /* NULL: fall back to nb */
    TernaryFn nb_pow3;              /* pow(a, b, mod) */
    UnaryFn nb_neg, nb_pos, nb_invert, nb_abs, nb_int, nb_float, nb_index;
    InquiryFn nb_bool;

    LenFn len;
    BinaryFn getitem;
    SetItemFn setitem;
    ContainsFn contains;

    UnaryFn am_await, am_aiter, am_anext;   /* coroutines (later milestone) */

    const MethodDef *methods;       /* NULL-terminated; installed into dict by type_ready */
    const GetSetDef *getsets;       /* NULL-terminated */

    TraverseFn traverse;            /* TPFLAG_GC types (vm/gc.c); not inherited by static types */
    ClearFn clear;
    FinalizeFn finalize;
};

extern Type TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType, BoolType,
    FloatType, StrType, BytesType, ListType, TupleType, DictType, SetType, FrozenSetType,
    RangeType, SliceType, FunctionType, CodeType, CellType, MethodType, BuiltinFunctionType,
    MethodDescrType, GetSetDescrType, SlotWrapperType, PropertyType, StaticMethodType,
    ClassMethodType, SuperType, ModuleType, GeneratorType, CoroutineType, AsyncGeneratorType,
    FrameType, TracebackType, FileType, CallIterType, SeqIterType, EnumerateType, ZipType,
    MapType, FilterType, ReversedType, DictKeysType, DictValuesType, DictItemsType;

static inline bool IS_TYPE(Value v, Type *t) { return !IS_SMALL(v) && AS_OBJ(v)->type == t; }
#define IS_INT(v)    (IS_SMALL(v) || (TYPE(v)->flags & TPFLAG_INT_SUB))   /* includes bool */
#define IS_STR(v)    (!IS_SMALL(v) && (TYPE(v)->flags & TPFLAG_STR_SUB))
#define IS_TUPLE(v)  (!IS_SMALL(v) && (TYPE(v)->flags & TPFLAG_TUPLE_SUB))
#define IS_LIST(v)   (!IS_SMALL(v) && (TYPE(v)->flags & TPFLAG_LIST_SUB))
#define IS_DICT(v)   (!IS_SMALL(v) && (TYPE(v)->flags & TPFLAG_DICT_SUB))
#define IS_EXC(v)    (!IS_SMALL(v) && (TYPE(v)->flags & TPFLAG_EXC_SUB))
#define IS_TYPEOBJ(v)(!IS_SMALL(v) && (TYPE(v)->flags & TPFLAG_TYPE_SUB))
#define IS_FLOAT(v)  IS_TYPE(v, &FloatType)
#define IS_BOOL(v)   IS_TYPE(v, &BoolType)
#define IS_NONE(v)   ((v) == NONE)

/* ---- allocation (vm/alloc.c) ---- */
Obj *obj_alloc(Type *t);                  /* zeroed t->basicsize bytes, refcnt 1, INCREFs heap types */
Obj *obj_alloc_var(Type *t, size_t nitems); /* basicsize + nitems * itemsize */
void obj_free(Obj *o);                    /* frees memory; DECREFs o->type if heap type */
void *mem_alloc(size_t n);                /* malloc that sets MemoryError and returns NULL on failure */
void *mem_realloc(void *p, size_t n);
void mem_free(void *p);

/* ---- type objects (vm/type.c) ---- */
int type_ready(Type *t);                  /* fills dict, mro, inherited slots; readies base first */
bool type_is_subtype(Type *a, Type *b);   /* walks a->mro */
Value type_lookup(Type *t, Value name);   /* BORROWED ref or VNULL (no exception): MRO dict search */
Value type_new_class(Value name, Value bases, Value ns);  /* what type(name, bases, dict) does */
int obj_isinstance(Value obj, Value cls); /* cls: type or tuple of types; 1/0/-1 */
int obj_issubclass(Value derived, Value cls);
const char *type_name(Value v);           /* TYPE(v)->name, for messages */

/* ---- generic protocols (vm/object.c) ---- */
Value obj_repr(Value v);
Value obj_str(Value v);
int64_t obj_hash(Value v);                /* -1 on error; "unhashable type: 'list'" */
Value obj_richcompare(Value a, Value b, int op);   /* returns an object (usually bool) */
int obj_richcompare_bool(Value a, Value b, int op);/* identity shortcut for EQ/NE; 1/0/-1 */
int obj_truthy(Value v);                  /* 1/0/-1 */
Value obj_getattr(Value obj, Value name); /* raises AttributeError */
Value obj_getattr_cstr(Value obj, const char *name);
Value obj_getattr_opt(Value obj, Value name);  /* VNULL with NO exception if missing */
int obj_setattr(Value obj, Value name, Value v);   /* v == VNULL: delete */
Value obj_generic_getattr(Value obj, Value name);  /* descriptors, instance dict, class attrs */
int obj_generic_setattr(Value obj, Value name, Value v);
Value obj_call(Value callable, const Value *args, size_t nargs, Value kwnames);
Value obj_call0(Value callable);
Value obj_call1(Value callable, Value a);
Value obj_call2(Value callable, Value a, Value b);
Value obj_call_method(Value obj, const char *name, const Value *args, size_t nargs); /* no kwargs */
Value obj_getitem(Value obj, Value key);
int obj_setitem(Value obj, Value key, Value v);
int obj_delitem(Value obj, Value key);
intptr_t obj_len(Value v);                /* "object of type 'int' has no len()" */
int obj_contains(Value container, Value item);  /* falls back to iteration */
Value obj_iter(Value v);                  /* "'int' object is not iterable" */
Value obj_next(Value it);                 /* VNULL and no error at exhaustion */
Value obj_binop(int op, Value a, Value b);        /* op: BinOpKind; CPython's message on failure */
Value obj_inplace_binop(int op, Value a, Value b);
Value obj_unary(int op, Value v);         /* op: UnaryOpKind (UOP_NOT returns a bool) */
Value obj_index(Value v);                 /* __index__: returns an int */
int obj_as_ssize(Value v, intptr_t *out); /* via __index__; OverflowError if too big */
Value obj_format(Value v, Value spec);    /* format(v, spec) */
Value obj_dir(Value v);

/* ---- errors (vm/errors.c) ----
 * The exception in flight is one exception object (not a type/value/tb triple). */
extern Type *ExcBaseException, *ExcException, *ExcTypeError, *ExcValueError, *ExcKeyError,
    *ExcIndexError, *ExcAttributeError, *ExcNameError, *ExcUnboundLocalError, *ExcZeroDivisionError,
    *ExcOverflowError, *ExcStopIteration, *ExcStopAsyncIteration, *ExcGeneratorExit,
    *ExcRuntimeError, *ExcRecursionError, *ExcNotImplementedError, *ExcMemoryError,
    *ExcLookupError, *ExcArithmeticError, *ExcAssertionError, *ExcImportError,
    *ExcModuleNotFoundError, *ExcOSError, *ExcFileNotFoundError, *ExcFileExistsError,
    *ExcIsADirectoryError, *ExcNotADirectoryError, *ExcPermissionError, *ExcEOFError,
    *ExcSyntaxError, *ExcIndentationError, *ExcTabError, *ExcSystemExit, *ExcKeyboardInterrupt,
    *ExcUnicodeError, *ExcUnicodeDecodeError, *ExcUnicodeEncodeError, *ExcBufferError,
    *ExcWarning, *ExcRuntimeWarning, *ExcDeprecationWarning, *ExcUserWarning,
    *ExcTimeoutError, *ExcConnectionError, *ExcBlockingIOError, *ExcChildProcessError,
    *ExcInterruptedError, *ExcProcessLookupError, *ExcReferenceError, *ExcSystemError,
    *ExcFloatingPointError, *ExcUnicodeTranslateError;
void err_set(Type *exc_type, const char *msg);         /* exc_type(msg) */
void err_format(Type *exc_type, const char *fmt, ...); /* printf + %R repr(Value), %S str(Value),
                                                          %N type name of a Value, %U a str Value */
void err_set_object(Type *exc_type, Value arg);        /* exc_type(arg), e.g. KeyError(key) */
void err_set_exc(Value exc);                           /* raise this instance (borrowed) */
bool err_occurred(void);
Value err_fetch(void);                                 /* new ref to the exception, cleared; VNULL if none */
void err_restore(Value exc);                           /* steals; VNULL clears */
void err_clear(void);
bool err_matches(Type *t);                             /* the pending exception is a t */
int exc_matches(Value exc, Value type_or_tuple);       /* isinstance for except clauses */
void err_no_memory(void);
Value exc_new(Type *t, const Value *args, size_t nargs);  /* instance, not raised */


typedef struct Code Code;              /* vm/code.h */
/* ---- exception objects (vm/exceptions.c) ---- */
/* The layout every exception instance starts with; subclasses with extra fields
 * (StopIteration.value, OSError.errno, SyntaxError.lineno, ...) keep them in dict. */
typedef struct ExcObj {
    Obj hdr;
    Value dict;              /* instance __dict__ (dictoffset points here) */
    Value args;              /* tuple */
    Value traceback;         /* TracebackObj or VNULL: the newest frame is last in the chain */
    Value context, cause;    /* VNULL or exception */
    bool suppress_context;
} ExcObj;
#define EXC(v) ((ExcObj *)AS_OBJ(v))
/* A traceback entry: one frame of an exception's journey; tb_next goes toward the raise point. */
typedef struct TracebackObj { Obj hdr; Value next; Code *code; uint32_t insn; } TracebackObj;
/* As an exception leaves a frame (or is raised in it), prepend that frame's entry. */
void exc_tb_push(Value exc, Code *code, uint32_t insn_index);
void exc_set_context(Value exc, Value context);     /* steals context; avoids cycles as CPython */
void exc_set_cause(Value exc, Value cause);         /* steals; sets suppress_context */
Value exc_stopiteration_value(Value exc);           /* new ref; None when args is empty */
void err_set_stopiteration(Value v);                /* raise StopIteration(v) (no args when v is None) */
struct SyntaxErrorInfo;
/* Raise SyntaxError/IndentationError/TabError built from the front end's report;
 * src is the whole source, to pick the offending line's text. */
void err_set_syntax(const struct SyntaxErrorInfo *info, const char *filename, const char *src, size_t len);
/* Source text for traceback lines: registered when a file is compiled, else read from disk. */
void vm_register_source(const char *filename, const char *src, size_t len);
/* The text of line lineno (1-based) without its newline, or NULL; *len gets its length. */
const char *vm_source_line(const char *filename, int lineno, size_t *len);
/* For sys.exit / uncaught SystemExit: the exit status CPython would use, printing msg if any. */
int vm_handle_system_exit(Value exc);

/* ---- argument helpers (vm/args.c) ---- */
/* "name() takes no keyword arguments" */
int arg_no_kw(const char *fname, Value kwnames);
/* CPython's count messages: "len() takes exactly one argument (2 given)",
 * "name expected at least 1 argument, got 0", "name expected at most 2 arguments, got 3". */
int arg_count(const char *fname, size_t nargs, size_t min, size_t max);
/* Bind positional and keyword arguments to parameter names: out[i] gets a BORROWED value or VNULL.
 * names: NULL-terminated; the first npos may be given positionally; the first nreq are required.
 * Unknown keywords: "fname() got an unexpected keyword argument 'x'". */
int arg_parse(const char *fname, const Value *args, size_t nargs, Value kwnames,
              const char *const *names, int npos, int nreq, Value *out);

/* ---- int (vm/int.c): small ints are tagged; big ints are GMP-backed IntObj ---- */
Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_double(double d);                      /* truncates; OverflowError for inf, ValueError nan */
Value int_from_string(const char *s, size_t len, int base);  /* int('...', base) rules & messages */
int int_as_i64(Value v, int64_t *out);                /* OverflowError if out of range */
double int_as_double(Value v, int *overflow);         /* OverflowError "int too large to convert to float" */
int int_sign(Value v);
Value int_to_base_str(Value v, int base);             /* hex/oct/bin with prefix; base 10 plain */

/* ---- bool ---- */
struct BoolObj { Obj hdr; };  /* True/False are distinct static objects; bool is an int subtype:
                                 code that reads an int value must treat them as 1/0 */

/* ---- float (vm/float.c) ---- */
typedef struct FloatObj { Obj hdr; double v; } FloatObj;
Value float_new(double d);
#define FLOAT_VAL(x) (((FloatObj *)AS_OBJ(x))->v)
int obj_as_double(Value v, double *out);              /* int/float/__float__; TypeError otherwise */
char *float_repr_cstr(double d, char *buf, size_t n); /* shortest round-trip, as CPython's repr */

/* ---- str (vm/str.c): immutable UTF-8, indexed by code point ---- */
typedef struct StrObj {
    Obj hdr;
    int64_t hash;        /* -1 until computed */
    size_t len;          /* code points */
    size_t size;         /* bytes, excluding the NUL */
    uint8_t ascii;       /* len == size: O(1) indexing */
    uint8_t interned;
    char data[];         /* UTF-8, NUL-terminated */
} StrObj;
#define STR_DATA(v) (((StrObj *)AS_OBJ(v))->data)
#define STR_SIZE(v) (((StrObj *)AS_OBJ(v))->size)
#define STR_LEN(v)  (((StrObj *)AS_OBJ(v))->len)
Value str_from_utf8(const char *s, size_t size);     /* validates: UnicodeDecodeError on bad UTF-8 */
Value str_from_cstr(const char *s);
Value str_intern(Value s);                            /* steals s, returns the interned one */
Value str_intern_cstr(const char *s);                 /* new ref to an interned str */
Value str_fromformat(const char *fmt, ...);           /* same directives as err_format */
Value str_fromformat_v(const char *fmt, va_list ap);
Value str_concat(Value a, Value b);
bool str_eq(Value a, Value b);                        /* both str */
bool str_eq_cstr(Value s, const char *c);
int64_t str_hash(Value s);
Value str_repr(Value s);
Value str_join(Value sep, Value iterable);
Value str_percent_format(Value fmt, Value args);      /* fmt % args */
Value str_format_spec(Value v, Value spec);           /* the format mini-language for str/int/float */

/* A growable UTF-8 buffer for building strings. */
typedef struct StrBuf { char *data; size_t len, cap; int failed; } StrBuf;
void sb_init(StrBuf *b);
void sb_putc(StrBuf *b, char c);
void sb_puts(StrBuf *b, const char *s);
void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_printf(StrBuf *b, const char *fmt, ...);
int sb_put_repr(StrBuf *b, Value v);                  /* -1 on error */
int sb_put_str(StrBuf *b, Value v);
Value sb_finish(StrBuf *b);                           /* the str; frees the buffer */
void sb_discard(StrBuf *b);

/* ---- bytes ---- */
typedef struct BytesObj { Obj hdr; int64_t hash; size_t size; char data[]; } BytesObj;
Value bytes_from(const char *s, size_t n);

/* ---- tuple (vm/tuple.c) ---- */
typedef struct TupleObj { Obj hdr; int64_t hash; size_t len; Value items[]; } TupleObj;
#define TUPLE_LEN(v)   (((TupleObj *)AS_OBJ(v))->len)
#define TUPLE_ITEMS(v) (((TupleObj *)AS_OBJ(v))->items)
Value tuple_new(size_t n);                            /* items VNULL; fill with tuple_set_steal */
static inline void tuple_set_steal(Value t, size_t i, Value v) { TUPLE_ITEMS(t)[i] = v; }
Value tuple_from_array(const Value *items, size_t n); /* INCREFs each */
Value tuple_pack(size_t n, ...);                      /* borrowed Values */
Value tuple_from_iterable(Value it);
Value tuple_empty(void);

/* ---- list (vm/list.c) ---- */
typedef struct ListObj { Obj hdr; size_t len, cap; Value *items; } ListObj;
#define LIST_LEN(v)   (((ListObj *)AS_OBJ(v))->len)
#define LIST_ITEMS(v) (((ListObj *)AS_OBJ(v))->items)
Value list_new(size_t n);                             /* len n, items VNULL: fill them */
int list_append(Value list, Value v);
int list_extend(Value list, Value iterable);
Value list_from_iterable(Value it);
int list_sort(Value list, Value key, bool reverse);   /* stable */
Value list_as_tuple(Value list);

/* ---- dict (vm/dict.c): insertion ordered ---- */
typedef struct DictObj DictObj;   /* layout private to dict.c */
Value dict_new(void);
Value dict_get(Value d, Value key);                   /* BORROWED or VNULL; error set only if hashing/eq failed */
Value dict_get_cstr(Value d, const char *key);        /* BORROWED or VNULL */
int dict_set(Value d, Value key, Value v);
int dict_set_cstr(Value d, const char *key, Value v);
int dict_del(Value d, Value key);                     /* KeyError if missing */
int dict_del_opt(Value d, Value key);                 /* 1 deleted, 0 missing, -1 error */
intptr_t dict_len(Value d);
int dict_next(Value d, size_t *pos, Value *key, Value *val);  /* borrowed; returns 0 at end */
int dict_update(Value d, Value other);                /* dict or mapping or iterable of pairs */
int dict_merge_kw(Value d, Value other, const char *fname);  /* ** in calls: duplicate keys raise
                                                       "fname() got multiple values for keyword argument 'k'" */
Value dict_copy(Value d);
Value dict_keys_list(Value d);
/* Fast path for str keys with their cached hash (globals, attributes): */
Value dict_get_str(Value d, Value strkey);            /* BORROWED or VNULL, never raises */

/* ---- set / frozenset (vm/set.c) ---- */
Value set_new(Type *t);                               /* &SetType or &FrozenSetType */
int set_add(Value s, Value v);
int set_contains(Value s, Value v);
int set_update(Value s, Value iterable);

/* ---- range, slice (vm/range.c, vm/slice.c) ---- */
typedef struct SliceObj { Obj hdr; Value start, stop, step; } SliceObj;
Value slice_new(Value start, Value stop, Value step); /* VNULL/NONE allowed */
/* Resolve a slice against a length, as PySlice_GetIndicesEx; returns the count, -1 on error. */
intptr_t slice_indices(Value slice, intptr_t length, intptr_t *start, intptr_t *stop, intptr_t *step);

/* ---- functions, methods, cells (vm/function.c) ---- */
typedef struct Code Code;              /* vm/code.h */
typedef struct FunctionObj {
    Obj hdr;
    Code *code;
    Value globals;       /* dict */
    Value builtins;      /* dict */
    Value defaults;      /* tuple or VNULL */
    Value kwdefaults;    /* dict or VNULL */
    Value closure;       /* tuple of cells or VNULL */
    Value name, qualname, doc, module;
    Value dict;          /* function attributes, VNULL until used */
} FunctionObj;
typedef struct CellObj { Obj hdr; Value ref; } CellObj;   /* ref VNULL: empty */
typedef struct MethodObj { Obj hdr; Value func, self; } MethodObj;
Value cell_new(Value v);                                /* v may be VNULL */
Value method_new(Value func, Value self);
/* Builtin functions and methods of C types: */
typedef struct BuiltinObj { Obj hdr; const MethodDef *def; Value self; Value module; } BuiltinObj;
Value builtin_new(const MethodDef *def, Value self);

/* ---- modules (vm/module.c) ---- */
typedef struct ModuleObj { Obj hdr; Value dict; Value name; } ModuleObj;
Value module_new(Value name);                           /* dict with __name__ set */
int module_add_functions(Value module, const MethodDef *defs);

/* ---- the interpreter (vm/eval.c, vm/frame.c) ---- */
typedef struct Frame Frame;                             /* vm/frame.h */
typedef struct VM {
    Value exc;                 /* the exception in flight, or VNULL */
    Value handled;             /* the innermost exception being handled (sys.exc_info), borrowed
                                  from the stack of saved states; VNULL when none */
    Frame *frame;              /* the running frame */
    Value builtins;            /* dict of the builtins module */
    Value builtins_module;
    Value modules;             /* dict: sys.modules */
    Value sys_module;
    int recursion_depth;       /* Python frames + C re-entries */
    int recursion_limit;       /* sys.setrecursionlimit; default 1000 */
    int c_depth;               /* C re-entries of the eval loop */
    bool trace;                /* --trace */
    const char *main_path;
} VM;
extern VM vm;

Value vm_run_source(const char *src, size_t len, const char *filename, Value globals);  /* exec */
Value vm_call_function(FunctionObj *f, const Value *args, size_t nargs, Value kwnames);
int vm_enter_recursive_call(const char *where);         /* RecursionError past the limit */
void vm_leave_recursive_call(void);
/* Print an exception as CPython's default excepthook does, to stderr. */
void vm_print_exception(Value exc);

/* ---- interned names used by the runtime (vm/names.def) ---- */
enum {
#define NAME(id) NAME_ID_##id,
#include "names.def"
#undef NAME
    NAME__COUNT
};
extern Value name_table[NAME__COUNT];
#define NAME(id) (name_table[NAME_ID_##id])

/* ---- start-up (vm/init.c) ---- */
int vm_init(int argc, char **argv);      /* types, builtins, sys; argv becomes sys.argv */
void vm_finalize(void);

#endif
