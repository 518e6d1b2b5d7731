/* The builtins and errors area's API beyond object.h: built-in modules, files,
 * the builtins module. Same conventions as object.h. */
#ifndef MINIPY_MODULES_H
#define MINIPY_MODULES_H

#include <stdlib.h>
#include "object.h"

/* vm/exceptions.c: put every exception type (and the EnvironmentError / IOError
 * aliases) into a dict. */
int exc_add_to_dict(Value d);

/* ---- files (stdlib/file.c) ---- */
typedef struct FileObj {
    Obj hdr;
    FILE *fp;            /* NULL once closed */
    Value name;          /* str (or int for open(fd)) */
    Value mode;          /* str as given to open, e.g. 'r', 'wb' */
    Value encoding;      /* str for text files, VNULL for binary */
    uint8_t binary, readable, writable, append, closefd, is_std, seekable_known, lastop;
    /* Text files (file.c): newline mode, codec, and the read-ahead scan that raises decode
     * errors and records newline kinds chunk by chunk, when CPython's TextIOWrapper does. */
    uint8_t newline, codec, errmode, seen_nl, bom, scan, rpos_valid, pend_u, pend_cr;
    Value errors;        /* str for text files, VNULL for binary */
    long rpos;           /* offset of the next byte read, while rpos_valid */
    long scan_end;       /* end of the last chunk scanned, -1 if none */
    long checked_upto;   /* the next scan happens when reading reaches this offset */
} FileObj;
/* Whether writes of UTF-8 text to this text file may go straight to its stream (no
 * newline translation, no encoding other than UTF-8). */
bool file_plain_text(FileObj *f);
#define FILEOBJ(v) ((FileObj *)AS_OBJ(v))
extern Type BufferedReaderType, BufferedWriterType, BufferedRandomType;
/* True for any file object of this module (text or binary). */
bool is_file(Value v);
/* A file object over a C stream (the standard streams: is_std keeps it open at exit). */
Value file_from_fp(FILE *fp, const char *name, const char *mode, bool is_std);
/* open(file, mode, ...) as the builtin does. */
Value file_open(Value file, const char *mode, Value encoding);
/* Write UTF-8 text to a file object's stream; -1 with ValueError if closed. */
int file_write_utf8(Value f, const char *s, size_t n);
/* Write a str to any file-like object: fast for FileObj, else calls its write(). */
int file_write_str(Value f, Value s);
int file_write_cstr(Value f, const char *s);
/* Read one line (with its newline) from a file-like object; "" at EOF. New ref. */
Value file_readline(Value f);
/* io.UnsupportedOperation (BORROWED). */
Value file_unsupported_type(void);
/* Readies the file types (sys_init calls it). */
int file_types_ready(void);
/* builtin open() */
Value builtin_open(Value self, const Value *args, size_t nargs, Value kwnames);

/* ---- sys (stdlib/sys.c) ---- */
/* sys.stdout / sys.stderr / sys.stdin as currently set (BORROWED, may be VNULL). */
Value sys_get_stream(const char *name);
/* Flushes sys.stdout and sys.stderr (a failing flush is ignored), then C's stdio. */
void sys_flush_std_streams(void);
/* The traceback print limit (sys.tracebacklimit, default 1000). */
int sys_tracebacklimit(void);
/* Report an uncaught exception (not SystemExit) through sys.excepthook, as CPython: a
 * hook that raises gets "Error in sys.excepthook:" and the original printed too.
 * -1, or the exit status when the hook raised SystemExit. */
int sys_display_uncaught(Value exc);

/* ---- built-in modules registry (vm/import.c) ---- */
/* An init function builds the module object and returns a new reference. */
typedef Value (*ModuleInitFn)(void);
Value sys_module_init(void);
Value traceback_module_init(void);   /* stdlib/tracebackmod.c */
Value time_module_init(void);        /* stdlib/timemod.c */
Value io_module_init(void);          /* stdlib/iomod.c: _io */
Value posix_module_init(void);       /* stdlib/posixmod.c */
Value math_module_init(void);        /* stdlib/mathmod.c */
Value re_module_init(void);          /* stdlib/remod.c (PCRE2) */
Value tracemalloc_module_init(void); /* stdlib/tracemallocmod.c */
/* Modules written in Python (stdlib/py/NAME.py, embedded by stdlib/py/embed.py into
 * build/pymods.c, made by scripts/embed.c): the source of NAME, or NULL. */
const char *pymod_source(const char *name, size_t *len);
const char *pymod_name(size_t i);    /* the i-th embedded module's name, NULL past the end */

#endif
