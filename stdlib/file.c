/* File objects over C stdio streams: open(), the standard streams, text and binary
 * modes. Text mode is UTF-8 with universal newlines on input ("\r\n" and "\r" read
 * as "\n") and no translation on output, as CPython on POSIX. A file is closed when
 * its object dies. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "object.h"
#include "objutil.h"
#include "errors.h"
#include "args.h"
#include "modules.h"

enum { OP_NONE, OP_READ, OP_WRITE };

static void file_dealloc(Obj *o) {
    FileObj *f = (FileObj *)o;
    if (f->fp) {
        if (f->is_std || !f->closefd) fflush(f->fp);
        else fclose(f->fp);
        f->fp = NULL;
    }
    CLEAR(f->name);
    CLEAR(f->mode);
    CLEAR(f->encoding);
    obj_free(o);
}

bool is_file(Value v) {
    if (IS_SMALL(v)) return false;
    Type *t = AS_OBJ(v)->type;
    return t == &FileType || t == &BufferedReaderType || t == &BufferedWriterType ||
           t == &BufferedRandomType || type_is_subtype(t, &FileType);
}

static FileObj *checked(Value self) {
    FileObj *f = FILEOBJ(self);
    if (!f->fp) {
        err_set(ExcValueError, "I/O operation on closed file.");
        return NULL;
    }
    return f;
}

/* io.UnsupportedOperation: a class deriving from OSError and ValueError. */
static Value unsupported_type;

Value file_unsupported_type(void) { return unsupported_type; }

static int unsupported(const char *what) {
    Type *t = unsupported_type ? (Type *)AS_OBJ(unsupported_type) : ExcOSError;
    err_set(t, what);
    return -1;
}

/* Switching between reading and writing on one stream needs a positioning call. */
static void switch_op(FileObj *f, int op) {
    if (f->lastop != OP_NONE && f->lastop != op && !f->is_std) fseek(f->fp, 0, SEEK_CUR);
    f->lastop = (uint8_t)op;
}

/* ---- writing ---- */

int file_write_utf8(Value self, const char *s, size_t n) {
    FileObj *f = checked(self);
    if (!f) return -1;
    if (!f->writable) return unsupported("not writable");
    switch_op(f, OP_WRITE);
    if (n && fwrite(s, 1, n, f->fp) != n) {
        int e = errno;
        clearerr(f->fp);
        err_set_from_errno(e ? e : EIO, VNULL);
        return -1;
    }
    return 0;
}

int file_write_str(Value f, Value s) {
    if (is_file(f) && !FILEOBJ(f)->binary) return file_write_utf8(f, STR_DATA(s), STR_SIZE(s));
    Value r = obj_call_method(f, "write", &s, 1);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

int file_write_cstr(Value f, const char *s) {
    if (is_file(f) && !FILEOBJ(f)->binary) return file_write_utf8(f, s, strlen(s));
    Value v = str_from_cstr(s);
    if (!v) return -1;
    int r = file_write_str(f, v);
    DECREF(v);
    return r;
}

static Value f_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_simple("write", nargs, kwnames, 1, 1) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    Value v = args[0];
    if (f->binary) {
        if (IS_SMALL(v) || !type_is_subtype(TYPE(v), &BytesType)) {
            if (!IS_SMALL(v) && strcmp(TYPE(v)->name, "bytearray") == 0) {
                Value b = obj_call1(OBJ_VAL(&BytesType), v);
                if (!b) return VNULL;
                BytesObj *bo = (BytesObj *)AS_OBJ(b);
                int r = file_write_utf8(self, bo->data, bo->size);
                size_t n = bo->size;
                DECREF(b);
                return r < 0 ? VNULL : int_from_u64(n);
            }
            err_format(ExcTypeError, "a bytes-like object is required, not '%N'", v);
            return VNULL;
        }
        BytesObj *b = (BytesObj *)AS_OBJ(v);
        if (file_write_utf8(self, b->data, b->size) < 0) return VNULL;
        return int_from_u64(b->size);
    }
    if (!IS_STR(v)) {
        err_format(ExcTypeError, "write() argument must be str, not %N", v);
        return VNULL;
    }
    if (file_write_utf8(self, STR_DATA(v), STR_SIZE(v)) < 0) return VNULL;
    /* A write to a line-buffered stream of a text with a newline reaches the device now. */
    return int_from_u64(STR_LEN(v));
}

static Value f_writelines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_simple("writelines", nargs, kwnames, 1, 1) < 0) return VNULL;
    if (!checked(self)) return VNULL;
    Value it = obj_iter(args[0]);
    if (!it) return VNULL;
    Value item;
    while ((item = obj_next(it))) {
        Value r = f_write(self, &item, 1, VNULL);
        DECREF(item);
        if (!r) {
            DECREF(it);
            return VNULL;
        }
        DECREF(r);
    }
    DECREF(it);
    if (err_occurred()) return VNULL;
    RETURN_NONE;
}

/* ---- reading ---- */

/* Bytes of the next line of a text stream, newline translated; empty at EOF. */
static int read_text_line(FileObj *f, StrBuf *sb, intptr_t limit) {
    FILE *fp = f->fp;
    intptr_t chars = 0;
    for (;;) {
        if (limit >= 0 && chars >= limit) break;
        int c = getc(fp);
        if (c == EOF) break;
        if (c == '\r') {
            int d = getc(fp);
            if (d != '\n' && d != EOF) ungetc(d, fp);
            sb_putc(sb, '\n');
            break;
        }
        sb_putc(sb, (char)c);
        if ((c & 0xC0) != 0x80) chars++;
        if (c == '\n') break;
        /* Finish a multi-byte character even at the limit. */
        if (c >= 0xC0) {
            int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            for (int k = 0; k < extra; k++) {
                int d = getc(fp);
                if (d == EOF) break;
                if ((d & 0xC0) != 0x80) {
                    ungetc(d, fp);
                    break;
                }
                sb_putc(sb, (char)d);
            }
        }
    }
    if (ferror(fp)) {
        int e = errno;
        clearerr(fp);
        sb_discard(sb);
        err_set_from_errno(e ? e : EIO, VNULL);
        return -1;
    }
    return 0;
}

static Value bytes_line(FileObj *f, intptr_t limit) {
    StrBuf sb;
    sb_init(&sb);
    intptr_t n = 0;
    int c;
    while ((limit < 0 || n < limit) && (c = getc(f->fp)) != EOF) {
        sb_putc(&sb, (char)c);
        n++;
        if (c == '\n') break;
    }
    Value b = bytes_from(sb.data ? sb.data : "", sb.len);
    sb_discard(&sb);
    return b;
}

/* The str of text read from a file: validated, so bad UTF-8 raises CPython's
 * UnicodeDecodeError rather than making an invalid str. */
static Value text_finish(StrBuf *sb) {
    if (sb->failed) {
        sb_discard(sb);
        err_no_memory();
        return VNULL;
    }
    Value s = str_from_utf8(sb->data ? sb->data : "", sb->len);
    sb_discard(sb);
    return s;
}

static Value text_line(FileObj *f, intptr_t limit) {
    StrBuf sb;
    sb_init(&sb);
    if (read_text_line(f, &sb, limit) < 0) return VNULL;
    return text_finish(&sb);
}

static int get_size_arg(const char *fname, const Value *args, size_t nargs, Value kwnames, intptr_t *n) {
    if (arg_simple(fname, nargs, kwnames, 0, 1) < 0) return -1;
    *n = -1;
    if (nargs == 1 && args[0] != NONE) {
        if (IS_FLOAT(args[0])) {
            err_set(ExcTypeError, "argument should be integer or None, not 'float'");
            return -1;
        }
        if (obj_as_ssize(args[0], n) < 0) return -1;
    }
    return 0;
}

static Value f_readline(Value self, const Value *args, size_t nargs, Value kwnames) {
    intptr_t limit;
    if (get_size_arg("readline", args, nargs, kwnames, &limit) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    if (!f->readable) {
        unsupported("not readable");
        return VNULL;
    }
    switch_op(f, OP_READ);
    return f->binary ? bytes_line(f, limit) : text_line(f, limit);
}

static Value f_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    intptr_t limit;
    if (get_size_arg("read", args, nargs, kwnames, &limit) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    if (!f->readable) {
        unsupported("not readable");
        return VNULL;
    }
    switch_op(f, OP_READ);
    StrBuf sb;
    sb_init(&sb);
    if (f->binary) {
        char buf[8192];
        size_t want = limit < 0 ? SIZE_MAX : (size_t)limit, got = 0;
        while (got < want) {
            size_t chunk = want - got < sizeof buf ? want - got : sizeof buf;
            size_t r = fread(buf, 1, chunk, f->fp);
            if (r == 0) break;
            sb_putn(&sb, buf, r);
            got += r;
        }
        Value b = bytes_from(sb.data ? sb.data : "", sb.len);
        sb_discard(&sb);
        return b;
    }
    intptr_t chars = 0;
    while (limit < 0 || chars < limit) {
        size_t before = sb.len;
        if (read_text_line(f, &sb, limit < 0 ? -1 : limit - chars) < 0) return VNULL;
        if (sb.failed) break;
        if (sb.len == before) break;
        if (limit >= 0) {
            for (size_t i = before; i < sb.len; i++)
                if (((unsigned char)sb.data[i] & 0xC0) != 0x80) chars++;
        }
    }
    return text_finish(&sb);
}

static Value f_readlines(Value self, const Value *args, size_t nargs, Value kwnames) {
    intptr_t hint;
    if (get_size_arg("readlines", args, nargs, kwnames, &hint) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    if (!f->readable) {
        unsupported("not readable");
        return VNULL;
    }
    switch_op(f, OP_READ);
    Value l = list_new(0);
    if (!l) return VNULL;
    intptr_t total = 0;
    for (;;) {
        Value line = f->binary ? bytes_line(f, -1) : text_line(f, -1);
        if (!line) {
            DECREF(l);
            return VNULL;
        }
        intptr_t n = obj_len(line);
        if (n <= 0) {
            DECREF(line);
            break;
        }
        int r = list_append(l, line);
        DECREF(line);
        if (r < 0) {
            DECREF(l);
            return VNULL;
        }
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    return l;
}

static Value f_iternext(Value self) {
    FileObj *f = checked(self);
    if (!f) return VNULL;
    if (!f->readable) {
        unsupported("not readable");
        return VNULL;
    }
    switch_op(f, OP_READ);
    Value line = f->binary ? bytes_line(f, -1) : text_line(f, -1);
    if (!line) return VNULL;
    if ((f->binary ? ((BytesObj *)AS_OBJ(line))->size : STR_SIZE(line)) == 0) {
        DECREF(line);
        return VNULL;
    }
    return line;
}

static Value f_iter(Value self) {
    if (!checked(self)) return VNULL;
    return NEWREF(self);
}

Value file_readline(Value f) {
    if (is_file(f)) return f_readline(f, NULL, 0, VNULL);
    return obj_call_method(f, "readline", NULL, 0);
}

/* ---- other methods ---- */

static Value f_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("close", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = FILEOBJ(self);
    if (f->fp) {
        FILE *fp = f->fp;
        f->fp = NULL;
        int r = (f->is_std || !f->closefd) ? fflush(fp) : fclose(fp);
        if (r != 0) {
            err_set_from_errno(errno ? errno : EIO, VNULL);
            return VNULL;
        }
    }
    RETURN_NONE;
}

static Value f_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("flush", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    if (f->writable) fflush(f->fp);
    RETURN_NONE;
}

static Value f_fileno(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("fileno", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    return MAKE_SMALL(fileno(f->fp));
}

static Value f_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("isatty", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    return BOOL_VAL(isatty(fileno(f->fp)));
}

static Value f_readable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("readable", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = checked(self);
    return f ? BOOL_VAL(f->readable) : VNULL;
}

static Value f_writable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("writable", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = checked(self);
    return f ? BOOL_VAL(f->writable) : VNULL;
}

static Value f_seekable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("seekable", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    return BOOL_VAL(ftell(f->fp) >= 0);
}

static Value f_tell(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("tell", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    long p = ftell(f->fp);
    if (p < 0) {
        err_set_from_errno(errno, VNULL);
        return VNULL;
    }
    return int_from_i64(p);
}

static Value f_seek(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_simple("seek", nargs, kwnames, 1, 2) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    intptr_t off, whence = 0;
    if (obj_as_ssize(args[0], &off) < 0) return VNULL;
    if (nargs == 2 && obj_as_ssize(args[1], &whence) < 0) return VNULL;
    if (whence < 0 || whence > 2) {
        err_format(ExcValueError, "invalid whence (%ld, should be 0, 1 or 2)", (long)whence);
        return VNULL;
    }
    if (!f->binary && whence != 0 && off != 0) {
        unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
        return VNULL;
    }
    if (!f->binary && whence == 0 && off < 0) {
        err_format(ExcValueError, "negative seek position %ld", (long)off);
        return VNULL;
    }
    if (fseek(f->fp, off, (int)whence) != 0) {
        err_set_from_errno(errno, VNULL);
        return VNULL;
    }
    f->lastop = OP_NONE;
    long p = ftell(f->fp);
    return int_from_i64(p < 0 ? 0 : p);
}

static Value f_truncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_simple("truncate", nargs, kwnames, 0, 1) < 0) return VNULL;
    FileObj *f = checked(self);
    if (!f) return VNULL;
    if (!f->writable) {
        unsupported("File not open for writing");
        return VNULL;
    }
    fflush(f->fp);
    intptr_t size;
    if (nargs == 1 && args[0] != NONE) {
        if (obj_as_ssize(args[0], &size) < 0) return VNULL;
    } else {
        size = ftell(f->fp);
    }
    if (ftruncate(fileno(f->fp), size) != 0) {
        err_set_from_errno(errno, VNULL);
        return VNULL;
    }
    return int_from_i64(size);
}

static Value f_enter(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("__enter__", nargs, kwnames, 0, 0) < 0) return VNULL;
    if (!checked(self)) return VNULL;
    return NEWREF(self);
}

static Value f_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    Value r = f_close(self, NULL, 0, VNULL);
    if (!r) return VNULL;
    DECREF(r);
    RETURN_NONE;
}

static const MethodDef file_methods[] = {
    {"read", f_read, 0},
    {"readline", f_readline, 0},
    {"readlines", f_readlines, 0},
    {"write", f_write, 0},
    {"writelines", f_writelines, 0},
    {"close", f_close, 0},
    {"flush", f_flush, 0},
    {"fileno", f_fileno, 0},
    {"isatty", f_isatty, 0},
    {"readable", f_readable, 0},
    {"writable", f_writable, 0},
    {"seekable", f_seekable, 0},
    {"seek", f_seek, 0},
    {"tell", f_tell, 0},
    {"truncate", f_truncate, 0},
    {"__enter__", f_enter, 0},
    {"__exit__", f_exit, 0},
    {NULL, NULL, 0},
};

static Value f_get_closed(Value self) { return BOOL_VAL(FILEOBJ(self)->fp == NULL); }
static Value f_get_name(Value self) { return NEWREF(FILEOBJ(self)->name); }
static Value f_get_mode(Value self) { return NEWREF(FILEOBJ(self)->mode); }
static Value f_get_encoding(Value self) {
    Value e = FILEOBJ(self)->encoding;
    if (!e) {
        err_format(ExcAttributeError, "'%s' object has no attribute 'encoding'", TYPE(self)->name);
        return VNULL;
    }
    return NEWREF(e);
}
static Value f_get_errors(Value self) {
    if (FILEOBJ(self)->binary) {
        err_format(ExcAttributeError, "'%s' object has no attribute 'errors'", TYPE(self)->name);
        return VNULL;
    }
    return str_intern_cstr("strict");
}
static Value f_get_newlines(Value self) { (void)self; return NONE; }
static Value f_get_line_buffering(Value self) {
    FileObj *f = FILEOBJ(self);
    return BOOL_VAL(f->is_std && f->fp && isatty(fileno(f->fp)));
}
static Value file_make(Type *t, FILE *fp, Value name, const char *mode, Value encoding, bool binary,
                       bool readable, bool writable, bool append, bool closefd, bool is_std);

/* The binary layer under a text file: a binary file object on the same stream that
 * never closes it. */
static Value f_get_buffer(Value self) {
    FileObj *f = FILEOBJ(self);
    if (f->binary) return NEWREF(self);
    if (!f->fp) {
        err_set(ExcValueError, "I/O operation on closed file.");
        return VNULL;
    }
    Type *t = (f->readable && f->writable) ? &BufferedRandomType
              : f->readable ? &BufferedReaderType : &BufferedWriterType;
    return file_make(t, f->fp, f->name, f->readable && f->writable ? "rb+" : f->readable ? "rb" : "wb",
                     VNULL, true, f->readable, f->writable, f->append, false, true);
}

static const GetSetDef file_getsets[] = {
    {"closed", f_get_closed, NULL},
    {"name", f_get_name, NULL},
    {"mode", f_get_mode, NULL},
    {"encoding", f_get_encoding, NULL},
    {"errors", f_get_errors, NULL},
    {"newlines", f_get_newlines, NULL},
    {"line_buffering", f_get_line_buffering, NULL},
    {"buffer", f_get_buffer, NULL},
    {NULL, NULL, NULL},
};

static Value file_repr(Value self) {
    FileObj *f = FILEOBJ(self);
    StrBuf sb;
    sb_init(&sb);
    sb_printf(&sb, "<%s name=", TYPE(self)->name);
    if (sb_put_repr(&sb, f->name) < 0) {
        sb_discard(&sb);
        return VNULL;
    }
    if (!f->binary) {
        sb_puts(&sb, " mode=");
        if (sb_put_repr(&sb, f->mode) < 0) {
            sb_discard(&sb);
            return VNULL;
        }
        sb_puts(&sb, " encoding=");
        if (sb_put_repr(&sb, f->encoding) < 0) {
            sb_discard(&sb);
            return VNULL;
        }
    }
    sb_putc(&sb, '>');
    return sb_finish(&sb);
}

#define FILE_TYPE_BODY \
    .hdr = STATIC_HEADER(&TypeType), .basicsize = sizeof(FileObj), \
    .flags = TPFLAG_BASETYPE, .dealloc = file_dealloc, .repr = file_repr, \
    .getattr = obj_generic_getattr, .setattr = obj_generic_setattr, .iter = f_iter, \
    .iternext = f_iternext, .methods = file_methods, .getsets = file_getsets

Type FileType = {.name = "_io.TextIOWrapper", FILE_TYPE_BODY};
Type BufferedReaderType = {.name = "_io.BufferedReader", FILE_TYPE_BODY};
Type BufferedWriterType = {.name = "_io.BufferedWriter", FILE_TYPE_BODY};
Type BufferedRandomType = {.name = "_io.BufferedRandom", FILE_TYPE_BODY};

/* ---- creating ---- */

static Value file_make(Type *t, FILE *fp, Value name, const char *mode, Value encoding, bool binary,
                       bool readable, bool writable, bool append, bool closefd, bool is_std) {
    FileObj *f = (FileObj *)obj_alloc(t);
    if (!f) return VNULL;
    f->fp = fp;
    f->name = NEWREF(name);
    f->mode = str_from_cstr(mode);
    f->encoding = encoding ? NEWREF(encoding) : VNULL;
    f->binary = binary;
    f->readable = readable;
    f->writable = writable;
    f->append = append;
    f->closefd = closefd;
    f->is_std = is_std;
    if (!f->mode) {
        f->fp = NULL;
        DECREF(OBJ_VAL(f));
        return VNULL;
    }
    return OBJ_VAL(f);
}

/* open()'s default is the locale's encoding, spelled as CPython reports it under a
 * UTF-8 locale; the standard streams say 'utf-8'. */
static Value default_encoding(void) { return str_intern_cstr("UTF-8"); }

Value file_from_fp(FILE *fp, const char *name, const char *mode, bool is_std) {
    Value n = str_from_cstr(name);
    if (!n) return VNULL;
    Value enc = str_intern_cstr("utf-8");
    bool r = strchr(mode, 'r') != NULL || strchr(mode, '+') != NULL;
    bool w = strchr(mode, 'w') != NULL || strchr(mode, 'a') != NULL || strchr(mode, '+') != NULL;
    Value f = file_make(&FileType, fp, n, mode, enc, false, r, w, false, true, is_std);
    DECREF(n);
    XDECREF(enc);
    return f;
}

/* The mode string: one of rwax, optional b/t and +, each at most once (CPython's checks). */
static int parse_mode(Value modev, char *norm, bool *binary, bool *rd, bool *wr, int *oflags) {
    const char *m = STR_DATA(modev);
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, bin = 0;
    for (const char *p = m; *p; p++) {
        int *flag;
        switch (*p) {
        case 'x': flag = &creating; break;
        case 'r': flag = &reading; break;
        case 'w': flag = &writing; break;
        case 'a': flag = &appending; break;
        case '+': flag = &updating; break;
        case 't': flag = &text; break;
        case 'b': flag = &bin; break;
        default: flag = NULL; break;
        }
        if (!flag || *flag) {
            err_format(ExcValueError, "invalid mode: '%s'", m);
            return -1;
        }
        *flag = 1;
    }
    if (text && bin) {
        err_set(ExcValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (creating + reading + writing + appending > 1) {
        err_set(ExcValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    if (creating + reading + writing + appending == 0) {
        err_set(ExcValueError,
                "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }
    *binary = bin;
    *rd = reading || updating;
    *wr = writing || appending || creating || updating;
    int fl;
    if (updating) fl = O_RDWR;
    else if (reading) fl = O_RDONLY;
    else fl = O_WRONLY;
    if (creating) fl |= O_CREAT | O_EXCL;
    if (writing) fl |= O_CREAT | O_TRUNC;
    if (appending) fl |= O_CREAT | O_APPEND;
    *oflags = fl | O_CLOEXEC;
    /* The stdio mode of the same stream. */
    const char *base = creating ? "w" : reading ? "r" : writing ? "w" : "a";
    snprintf(norm, 8, "%s%s", base, updating ? "+" : "");
    return 0;
}

Value file_open(Value file, const char *mode_c, Value encoding) {
    Value modev = str_from_cstr(mode_c);
    if (!modev) return VNULL;
    char norm[8];
    bool binary, rd, wr;
    int oflags;
    Value result = VNULL;
    if (parse_mode(modev, norm, &binary, &rd, &wr, &oflags) < 0) goto done;
    if (binary && encoding) {
        err_set(ExcValueError, "binary mode doesn't take an encoding argument");
        goto done;
    }
    int fd;
    bool closefd = true;
    if (IS_INT(file) && !IS_BOOL(file)) {
        intptr_t n;
        if (obj_as_ssize(file, &n) < 0) goto done;
        if (n < 0) {
            err_set(ExcValueError, "negative file descriptor");
            goto done;
        }
        fd = (int)n;
        struct stat st;
        if (fstat(fd, &st) != 0) {
            err_set_from_errno(errno, VNULL);
            goto done;
        }
    } else if (IS_STR(file)) {
        if (memchr(STR_DATA(file), 0, STR_SIZE(file))) {
            err_set(ExcValueError, "embedded null byte");
            goto done;
        }
        fd = open(STR_DATA(file), oflags, 0666);
        if (fd < 0) {
            err_set_from_errno(errno, file);
            goto done;
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            err_set_from_errno(EISDIR, file);
            goto done;
        }
    } else {
        err_format(ExcTypeError, "expected str, bytes or os.PathLike object, not %N", file);
        goto done;
    }
    FILE *fp = fdopen(fd, norm);
    if (!fp) {
        int e = errno;
        if (closefd) close(fd);
        err_set_from_errno(e, file);
        goto done;
    }
    Type *t = &FileType;
    if (binary) t = (rd && wr) ? &BufferedRandomType : rd ? &BufferedReaderType : &BufferedWriterType;
    Value enc = VNULL;
    if (!binary) enc = encoding ? NEWREF(encoding) : default_encoding();
    result = file_make(t, fp, file, STR_DATA(modev), enc, binary, rd, wr, (oflags & O_APPEND) != 0,
                       closefd, false);
    XDECREF(enc);
    if (!result) fclose(fp);
done:
    DECREF(modev);
    return result;
}

Value builtin_open(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    Value a[8];
    if (arg_parse("open", args, nargs, kwnames, names, 8, 1, a) < 0) return VNULL;
    const char *mode = "r";
    if (a[1]) {
        if (!IS_STR(a[1])) {
            err_format(ExcTypeError, "open() argument 'mode' must be str, not %N", a[1]);
            return VNULL;
        }
        mode = STR_DATA(a[1]);
    }
    Value enc = a[3] && a[3] != NONE ? a[3] : VNULL;
    if (enc && !IS_STR(enc)) {
        err_format(ExcTypeError, "open() argument 'encoding' must be str or None, not %N", enc);
        return VNULL;
    }
    if (enc) {
        /* Only UTF-8 (and its ASCII subset) is supported for text. */
        char low[32];
        size_t n = STR_SIZE(enc) < sizeof low - 1 ? STR_SIZE(enc) : sizeof low - 1;
        for (size_t i = 0; i < n; i++) {
            char c = STR_DATA(enc)[i];
            low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c == '_' ? '-' : c);
        }
        low[n] = 0;
        if (strcmp(low, "utf-8") && strcmp(low, "utf8") && strcmp(low, "ascii") &&
            strcmp(low, "us-ascii") && strcmp(low, "latin-1") && strcmp(low, "utf-8-sig")) {
            err_format(ExcLookupError, "unknown encoding: %U", enc);
            return VNULL;
        }
    }
    Value f = file_open(a[0], mode, enc);
    if (f && a[6] && a[6] != TRUE_VAL) {
        int t = obj_truthy(a[6]);
        if (t == 0) FILEOBJ(f)->closefd = false;
    }
    return f;
}

int file_types_ready(void) {
    Type *ts[] = {&FileType, &BufferedReaderType, &BufferedWriterType, &BufferedRandomType};
    for (size_t i = 0; i < 4; i++)
        if (!(ts[i]->flags & TPFLAG_READY) && type_ready(ts[i]) < 0) return -1;
    if (!unsupported_type) {
        Value name = str_from_cstr("UnsupportedOperation");
        Value bases = tuple_pack(2, OBJ_VAL(ExcOSError), OBJ_VAL(ExcValueError));
        Value ns = dict_new();
        Value mod = str_from_cstr("io");
        if (name && bases && ns && mod && dict_set(ns, NAME(__module__), mod) == 0)
            unsupported_type = type_new_class(name, bases, ns);
        XDECREF(name);
        XDECREF(bases);
        XDECREF(ns);
        XDECREF(mod);
        if (!unsupported_type) return -1;
    }
    return 0;
}
