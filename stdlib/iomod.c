/* The _io module: the C side of io (the file types, open, UnsupportedOperation);
 * io itself (stdlib/py/io.py) adds StringIO and BytesIO. */
#include "object.h"
#include "modules.h"

static const MethodDef io_methods[] = {
    {"open", builtin_open, 0},
    {NULL, NULL, 0},
};

Value io_module_init(void) {
    Value name = str_intern_cstr("_io");
    if (!name) return VNULL;
    Value m = module_new(name);
    DECREF(name);
    if (!m) return VNULL;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    if (module_add_functions(m, io_methods) < 0 ||
        dict_set_cstr(d, "TextIOWrapper", OBJ_VAL(&FileType)) < 0 ||
        dict_set_cstr(d, "BufferedReader", OBJ_VAL(&BufferedReaderType)) < 0 ||
        dict_set_cstr(d, "BufferedWriter", OBJ_VAL(&BufferedWriterType)) < 0 ||
        dict_set_cstr(d, "BufferedRandom", OBJ_VAL(&BufferedRandomType)) < 0 ||
        (file_unsupported_type() &&
         dict_set_cstr(d, "UnsupportedOperation", file_unsupported_type()) < 0) ||
        dict_set_cstr(d, "DEFAULT_BUFFER_SIZE", MAKE_SMALL(8192)) < 0) {
        DECREF(m);
        return VNULL;
    }
    return m;
}
