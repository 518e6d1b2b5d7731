/* File objects over C stdio streams: open(), the standard streams, text and binary
 * modes. Text files honour open()'s newline= (None: universal newlines on input and no
 * translation on output, as CPython on POSIX; '', '\n', '\r', '\r\n'), encoding= (UTF-8,
 * ASCII, Latin-1, UTF-8 with BOM) and errors=. A file is closed when its object dies. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "object.h"
#include "objutil.h"
#include "errors.h"
#include "args.h"
#include "modules.h"
#include "strutil.h"

enum { OP_NONE, OP_READ, OP_WRITE };

/* newline= of a text file. NL_UNIVERSAL (None) ends lines at \r, \n or \r\n and reads
 * each as \n; NL_UNTRANSLATED ('') ends them at the same places but keeps them; the
 * others end lines only at their own sequence, and writing turns \n into it. */
enum { NL_UNIVERSAL, NL_UNTRANSLATED, NL_LF, NL_CR, NL_CRLF };
enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UTF8_SIG };
enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };
enum { BOM_SKIP = 1, BOM_WRITE = 2 };
/* CPython's TextIOWrapper decodes 8192 bytes at a time. */
#define TEXT_CHUNK 8192

static const char *const codec_names[] = { "utf-8", "ascii", "latin-1", "utf-8" };

/* Forget the read-ahead scan: after a seek, a write or a truncate the next read starts a
 * fresh chunk where it is, as CPython's decoder is reset then. */
static void scan_reset(FileObj *f) {
    f->rpos_valid = 0;
    f->scan_end = -1;
    f->checked_upto = 0;
    f->pend_u = f->pend_cr = 0;
}

bool file_plain_text(FileObj *f) {
    return !f->binary && f->codec == CODEC_UTF8 && f->newline != NL_CR && f->newline != NL_CRLF &&
           !(f->bom & BOM_WRITE);
}

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
    CLEAR(f->errors);
    obj_free(o);
}

bool is_file(Value v) {
    if (IS_SMALL(v)) return false;
    Type *t = AS_OBJ(v)->type;
    return t == &FileType || t == &BufferedReaderType || t == &BufferedWriterType ||
           t == &BufferedRandomType || type_is_subtype(t, &FileType);
}

static FileObj *checked_msg(Value self, const char *msg) {
    FileObj *f = FILEOBJ(self);
    if (!f->fp) {
        err_set(ExcValueError, msg);
        return NULL;
    }
    return f;
}

static FileObj *checked(Value self) { return checked_msg(self, "I/O operation on closed file."); }

/* Queries of the raw layer word a closed file without the final stop. */
static FileObj *checked_raw(Value self) { return checked_msg(self, "I/O operation on closed file"); }

/* io.UnsupportedOperation: a class deriving from OSError and ValueError. */
static Value unsupported_type;

Value file_unsupported_type(void) { return unsupported_type; }

static int unsupported(const char *what) {
    Type *t = unsupported_type ? (Type *)AS_OBJ(unsupported_type) : ExcOSError;
    err_set(t, what);
    return -1;
}

/* A file about to be read (what: "read" or "readline"), with CPython's checks in its
 * order: a binary file's buffered layer first says it cannot read ("read"), then that it
 * is closed ("read of closed file"); a text file the other way round. */
static FileObj *read_ready(Value self, const char *what) {
    FileObj *f = FILEOBJ(self);
    if (f->binary) {
        if (!f->readable) { unsupported("read"); return NULL; }
        if (!f->fp) { err_format(ExcValueError, "%s of closed file", what); return NULL; }
        return f;
    }
    if (!checked(self)) return NULL;
    if (!f->readable) { unsupported("not readable"); return NULL; }
    return f;
}

/* Switching between reading and writing on one stream needs a positioning call. */
static void switch_op(FileObj *f, int op) {
    if (f->lastop != OP_NONE && f->lastop != op && !f->is_std) fseek(f->fp, 0, SEEK_CUR);
    if (op == OP_WRITE && f->scan) {
        /* CPython's text layer has consumed its buffer up to the end of the chunk it
         * decoded last: a write after reading lands there, not at the read position */
        if (f->lastop == OP_READ && f->scan_end >= 0) fseek(f->fp, f->scan_end, SEEK_SET);
        scan_reset(f);
    }
    f->lastop = (uint8_t)op;
}

/* ---- writing ---- */

static int write_raw(Value self, const char *s, size_t n) {
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

static bool all_ascii(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return false;
    return true;
}

/* Text through the file's newline translation and codec. As CPython, \n is translated
 * before encoding, so an encoding error's position counts the translated text. */
static int write_text(Value self, const char *s, size_t n) {
    FileObj *f = FILEOBJ(self);
    if (!f->fp || file_plain_text(f)) return write_raw(self, s, n);
    StrBuf t;
    sb_init(&t);
    if (f->newline == NL_CR || f->newline == NL_CRLF) {
        const char *nl = f->newline == NL_CR ? "\r" : "\r\n";
        for (size_t i = 0; i < n; i++) {
            if (s[i] == '\n') sb_puts(&t, nl);
            else sb_putc(&t, s[i]);
        }
        if (t.failed) { sb_discard(&t); err_no_memory(); return -1; }
        s = t.data ? t.data : "";
        n = t.len;
    }
    Value enc = VNULL;
    if ((f->codec == CODEC_ASCII || f->codec == CODEC_LATIN1) && !all_ascii(s, n)) {
        Value str = str_from_utf8(s, n);
        if (str) {
            enc = str_encode(str, codec_names[f->codec], STR_DATA(f->errors));
            DECREF(str);
        }
        if (!enc) { sb_discard(&t); return -1; }
        s = BYTES_DATA(enc);
        n = BYTES_SIZE(enc);
    }
    int r = 0;
    if (f->bom & BOM_WRITE) {
        r = write_raw(self, "\xEF\xBB\xBF", 3);
        f->bom &= (uint8_t)~BOM_WRITE;
    }
    if (r == 0) r = write_raw(self, s, n);
    XDECREF(enc);
    sb_discard(&t);
    return r;
}

int file_write_utf8(Value self, const char *s, size_t n) {
    if (is_file(self) && !FILEOBJ(self)->binary) return write_text(self, s, n);
    return write_raw(self, s, n);
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
    FileObj *f = FILEOBJ(self);
    if (f->binary && !f->writable) { unsupported("write"); return VNULL; }
    if (!checked_msg(self, f->binary ? "write to closed file" : "I/O operation on closed file.")) return VNULL;
    Value v = args[0];
    if (f->binary) {
        if (IS_SMALL(v) || !type_is_subtype(TYPE(v), &BytesType)) {
            if (!IS_SMALL(v) && strcmp(TYPE(v)->name, "bytearray") == 0) {
                Value b = obj_call1(OBJ_VAL(&BytesType), v);
                if (!b) return VNULL;
                BytesObj *bo = (BytesObj *)AS_OBJ(b);
                int r = write_raw(self, bo->data, bo->size);
                size_t n = bo->size;
                DECREF(b);
                return r < 0 ? VNULL : int_from_u64(n);
            }
            err_format(ExcTypeError, "a bytes-like object is required, not '%N'", v);
            return VNULL;
        }
        BytesObj *b = (BytesObj *)AS_OBJ(v);
        if (write_raw(self, b->data, b->size) < 0) return VNULL;
        return int_from_u64(b->size);
    }
    if (!IS_STR(v)) {
        err_format(ExcTypeError, "write() argument must be str, not %N", v);
        return VNULL;
    }
    if (write_text(self, STR_DATA(v), STR_SIZE(v)) < 0) return VNULL;
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

static int read_error(FILE *fp, StrBuf *sb) {
    int e = errno;
    clearerr(fp);
    sb_discard(sb);
    err_set_from_errno(e ? e : EIO, VNULL);
    return -1;
}

/* The read-ahead scan of a regular text file. CPython decodes a file 8192 bytes at a time
 * (all the rest at once for read()), so a decoding error is raised by the first read that
 * reaches its chunk, with a position counted from the chunk's start, and f.newlines knows
 * every newline of the chunks decoded so far. This reads the chunk CPython would decode
 * next, checks it and records its newlines, then puts the stream back where it was.
 * A sequence cut by the chunk's end (a UTF-8 prefix, or a \r that may start \r\n) carries
 * over to the next chunk, as in CPython's incremental decoders. */
static int scan_chunk(FileObj *f, bool whole) {
    if (f->checked_upto == LONG_MAX) return 0;
    FILE *fp = f->fp;
    bool carry = f->scan_end >= 0 && f->rpos <= f->checked_upto;
    long from = carry ? f->checked_upto : f->rpos;
    size_t pend = carry ? (size_t)(f->scan_end - from) : 0;
    bool pend_cr = carry && f->pend_cr;
    StrBuf sb;
    sb_init(&sb);
    if (fseek(fp, from, SEEK_SET) != 0) { f->scan = 0; return 0; }
    char buf[TEXT_CHUNK];
    size_t want = whole ? SIZE_MAX : pend + TEXT_CHUNK;
    while (sb.len < want) {
        size_t k = want - sb.len < sizeof buf ? want - sb.len : sizeof buf;
        size_t got = fread(buf, 1, k, fp);
        if (got == 0) break;
        sb_putn(&sb, buf, got);
    }
    if (ferror(fp)) return read_error(fp, &sb);
    if (sb.failed) { sb_discard(&sb); err_no_memory(); return -1; }
    const char *d = sb.data ? sb.data : "";
    size_t n = sb.len;
    bool final = whole || n == pend;
    size_t new_pend_u = 0, new_pend_cr = 0;
    if (f->errmode == 0 && f->codec != CODEC_LATIN1) {
        /* a carried \r is not part of the codec's input */
        const char *data = d + (pend_cr ? 1 : 0);
        size_t m = n - (pend_cr ? 1 : 0);
        if (f->codec == CODEC_ASCII) {
            for (size_t i = 0; i < m; i++)
                if ((unsigned char)data[i] >= 0x80) {
                    err_unicode_decode("ascii", data, m, i, i + 1, "ordinal not in range(128)");
                    sb_discard(&sb);
                    return -1;
                }
        } else {
            size_t len, badlen;
            const char *reason;
            size_t ok = utf8_check_strict(data, m, &len, &reason, &badlen);
            if (ok < m) {
                if (!final && !strcmp(reason, "unexpected end of data") && ok + badlen == m) {
                    new_pend_u = m - ok;
                } else {
                    err_unicode_decode("utf-8", data, m, ok, ok + badlen, reason);
                    sb_discard(&sb);
                    return -1;
                }
            }
        }
    }
    if (f->newline == NL_UNIVERSAL || f->newline == NL_UNTRANSLATED) {
        for (size_t i = 0; i < n; i++) {
            if (d[i] == '\n') f->seen_nl |= SEEN_LF;
            else if (d[i] == '\r') {
                if (i + 1 < n) {
                    if (d[i + 1] == '\n') { f->seen_nl |= SEEN_CRLF; i++; }
                    else f->seen_nl |= SEEN_CR;
                } else if (final) {
                    f->seen_nl |= SEEN_CR;
                } else {
                    new_pend_cr = 1;
                }
            }
        }
    }
    sb_discard(&sb);
    f->scan_end = from + (long)n;
    f->pend_u = (uint8_t)new_pend_u;
    f->pend_cr = (uint8_t)new_pend_cr;
    f->checked_upto = final ? LONG_MAX : f->scan_end - (long)(new_pend_u + new_pend_cr);
    if (fseek(fp, f->rpos, SEEK_SET) != 0) { f->scan = 0; scan_reset(f); }
    return 0;
}

/* Ready to read text: where the scan stands, and a UTF-8 BOM skipped at the start. */
static int text_read_start(FileObj *f) {
    if (f->scan && !f->rpos_valid) {
        f->rpos = ftell(f->fp);
        if (f->rpos < 0) f->scan = 0;
        else f->rpos_valid = 1;
    }
    if (f->codec == CODEC_UTF8_SIG && (f->bom & BOM_SKIP)) {
        if (f->scan && f->rpos >= f->checked_upto && scan_chunk(f, false) < 0) return -1;
        long pos = f->scan ? f->rpos : ftell(f->fp);
        if (pos == 0) {
            char b[3];
            size_t got = fread(b, 1, 3, f->fp);
            if (got == 3 && !memcmp(b, "\xEF\xBB\xBF", 3)) {
                if (f->scan) f->rpos = 3;
            } else if (fseek(f->fp, 0, SEEK_SET) != 0) {
                err_set_from_errno(errno, VNULL);
                return -1;
            }
        }
    }
    return 0;
}

/* Appends the bytes of the next line of a text stream (newlines handled as the file's
 * newline mode says) to sb; nothing at EOF. limit counts characters, as *nchars does. */
static int read_text_line(FileObj *f, StrBuf *sb, intptr_t limit, intptr_t *nchars) {
    FILE *fp = f->fp;
    intptr_t chars = 0;
    int nl = f->newline;
    bool utf8 = f->codec == CODEC_UTF8 || f->codec == CODEC_UTF8_SIG;
    bool scan = f->scan;
    for (;;) {
        if (limit >= 0 && chars >= limit) break;
        if (scan && f->rpos >= f->checked_upto) {
            if (scan_chunk(f, false) < 0) { sb_discard(sb); return -1; }
            scan = f->scan;
        }
        int c = getc_unlocked(fp);
        if (c == EOF) break;
        f->rpos++;
        if (c == '\r' && nl != NL_LF) {
            if (nl == NL_CR) { sb_putc(sb, '\r'); chars++; break; }
            if (nl != NL_UNIVERSAL && limit >= 0 && chars + 1 >= limit) {
                /* the limit falls between \r and a possible \n: keep them apart */
                sb_putc(sb, '\r');
                chars++;
                break;
            }
            int d = getc_unlocked(fp);
            if (d == '\n') {
                f->rpos++;
                if (nl == NL_UNIVERSAL) { sb_putc(sb, '\n'); chars++; }
                else { sb_puts(sb, "\r\n"); chars += 2; }
                if (nl != NL_CRLF) f->seen_nl |= SEEN_CRLF;
                break;
            }
            if (d != EOF) ungetc(d, fp);
            sb_putc(sb, nl == NL_UNIVERSAL ? '\n' : '\r');
            chars++;
            if (nl == NL_CRLF) continue;
            f->seen_nl |= SEEN_CR;
            break;
        }
        sb_putc(sb, (char)c);
        if (c == '\n') {
            chars++;
            if (nl == NL_CR || nl == NL_CRLF) continue;
            if (nl != NL_LF) f->seen_nl |= SEEN_LF;
            break;
        }
        if (!utf8 || (c & 0xC0) != 0x80) chars++;
        /* Finish a multi-byte character even at the limit. */
        if (utf8 && c >= 0xC0) {
            int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            for (int k = 0; k < extra; k++) {
                int d = getc_unlocked(fp);
                if (d == EOF) break;
                if ((d & 0xC0) != 0x80) {
                    ungetc(d, fp);
                    break;
                }
                f->rpos++;
                sb_putc(sb, (char)d);
            }
        }
    }
    if (ferror(fp)) return read_error(fp, sb);
    if (nchars) *nchars = chars;
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

/* The str of text read from a file, decoded with the file's codec and errors handler
 * (bad UTF-8 raises CPython's UnicodeDecodeError rather than making an invalid str). */
static Value text_finish(FileObj *f, StrBuf *sb) {
    if (sb->failed) {
        sb_discard(sb);
        err_no_memory();
        return VNULL;
    }
    const char *d = sb->data ? sb->data : "";
    Value s;
    if ((f->codec == CODEC_UTF8 || f->codec == CODEC_UTF8_SIG) && f->errmode == 0)
        s = str_from_utf8(d, sb->len);
    else
        s = bytes_decode(d, sb->len, codec_names[f->codec], f->errors ? STR_DATA(f->errors) : "strict");
    sb_discard(sb);
    return s;
}

static Value text_line(FileObj *f, intptr_t limit) {
    StrBuf sb;
    sb_init(&sb);
    if (text_read_start(f) < 0 || read_text_line(f, &sb, limit, NULL) < 0) return VNULL;
    return text_finish(f, &sb);
}

static int get_size_arg(const char *fname, const Value *args, size_t nargs, Value kwnames, intptr_t *n) {
    if (arg_simple(fname, nargs, kwnames, 0, 1) < 0) return -1;
    *n = -1;
    if (nargs == 1 && args[0] != NONE) {
        if (!IS_INT(args[0]) && !type_lookup(TYPE(args[0]), NAME(__index__))) {
            err_format(ExcTypeError, "argument should be integer or None, not '%s'", type_name(args[0]));
            return -1;
        }
        if (obj_as_ssize(args[0], n) < 0) return -1;
    }
    return 0;
}

static Value f_readline(Value self, const Value *args, size_t nargs, Value kwnames) {
    intptr_t limit;
    if (nargs == 1 && args[0] != NONE && is_file(self) && !FILEOBJ(self)->binary) {
        /* the text readline converts its size as a plain C ssize_t argument */
        if (arg_simple("readline", nargs, kwnames, 0, 1) < 0) return VNULL;
        if (obj_as_ssize(args[0], &limit) < 0) {
            if (err_matches(ExcOverflowError)) {
                err_clear();
                err_set(ExcOverflowError, "Python int too large to convert to C ssize_t");
            }
            return VNULL;
        }
    } else if (get_size_arg("readline", args, nargs, kwnames, &limit) < 0) return VNULL;
    FileObj *f = read_ready(self, "readline");
    if (!f) return VNULL;
    switch_op(f, OP_READ);
    return f->binary ? bytes_line(f, limit) : text_line(f, limit);
}

static Value f_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    intptr_t limit;
    if (get_size_arg("read", args, nargs, kwnames, &limit) < 0) return VNULL;
    FileObj *f = read_ready(self, "read");
    if (!f) return VNULL;
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
    if (text_read_start(f) < 0) return VNULL;
    /* read() decodes all the rest at once, so its errors count from there */
    if (limit < 0 && f->scan && scan_chunk(f, true) < 0) return VNULL;
    intptr_t chars = 0;
    while (limit < 0 || chars < limit) {
        size_t before = sb.len;
        intptr_t got;
        if (read_text_line(f, &sb, limit < 0 ? -1 : limit - chars, &got) < 0) return VNULL;
        if (sb.failed) break;
        if (sb.len == before) break;
        chars += got;
    }
    return text_finish(f, &sb);
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
    FileObj *f = read_ready(self, "readline");
    if (!f) return VNULL;
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
    FileObj *f = checked_msg(self, FILEOBJ(self)->binary && FILEOBJ(self)->writable ? "flush of closed file"
                                                                                   : "I/O operation on closed file.");
    if (!f) return VNULL;
    if (f->writable) fflush(f->fp);
    RETURN_NONE;
}

static Value f_fileno(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("fileno", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = checked_raw(self);
    if (!f) return VNULL;
    return MAKE_SMALL(fileno(f->fp));
}

static Value f_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("isatty", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = checked_raw(self);
    if (!f) return VNULL;
    return BOOL_VAL(isatty(fileno(f->fp)));
}

static Value f_readable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("readable", nargs, kwnames, 0, 0) < 0) return VNULL;
    /* a write-only file answers without looking whether it is closed, as CPython's does */
    if (!FILEOBJ(self)->readable) return FALSE_VAL;
    FileObj *f = checked_raw(self);
    return f ? TRUE_VAL : VNULL;
}

static Value f_writable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("writable", nargs, kwnames, 0, 0) < 0) return VNULL;
    if (!FILEOBJ(self)->writable) return FALSE_VAL;
    FileObj *f = checked_raw(self);
    return f ? TRUE_VAL : VNULL;
}

static Value f_seekable(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("seekable", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = checked_raw(self);
    if (!f) return VNULL;
    return BOOL_VAL(ftell(f->fp) >= 0);
}

static Value f_tell(Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (arg_simple("tell", nargs, kwnames, 0, 0) < 0) return VNULL;
    FileObj *f = FILEOBJ(self)->binary ? checked_raw(self) : checked(self);
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
    FileObj *f = checked_msg(self, FILEOBJ(self)->binary ? "seek of closed file" : "I/O operation on closed file.");
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
    scan_reset(f);
    long p = ftell(f->fp);
    return int_from_i64(p < 0 ? 0 : p);
}

static Value f_truncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (arg_simple("truncate", nargs, kwnames, 0, 1) < 0) return VNULL;
    FileObj *f = checked_msg(self, FILEOBJ(self)->binary ? "truncate of closed file" : "I/O operation on closed file.");
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
    scan_reset(f);
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
    Value e = FILEOBJ(self)->errors;
    return e ? NEWREF(e) : str_intern_cstr("strict");
}
/* The kinds of newline met so far, in universal-newline modes (None, or one str, or a
 * tuple of them in the order \r, \n, \r\n). */
static Value f_get_newlines(Value self) {
    unsigned seen = FILEOBJ(self)->seen_nl;
    static const char *const kinds[] = { "\r", "\n", "\r\n" };
    Value items[3];
    size_t n = 0;
    for (int i = 0; i < 3; i++)
        if (seen & (1u << i)) items[n++] = str_from_cstr(kinds[i]);
    if (n == 0) return NONE;
    for (size_t i = 0; i < n; i++)
        if (!items[i]) {
            for (size_t j = 0; j < n; j++) XDECREF(items[j]);
            return VNULL;
        }
    if (n == 1) return items[0];
    Value t = tuple_new(n);
    if (!t) {
        for (size_t j = 0; j < n; j++) DECREF(items[j]);
        return VNULL;
    }
    for (size_t i = 0; i < n; i++) tuple_set_steal(t, i, items[i]);
    return t;
}
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
    f->errors = binary ? VNULL : str_intern_cstr("strict");
    scan_reset(f);
    if (!f->mode || (!binary && !f->errors)) {
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
    /* as CPython on POSIX: sys.stdin splits lines at \n only and keeps any \r */
    if (f) FILEOBJ(f)->newline = NL_LF;
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

/* The codec an encoding= names (CPython's aliases of the codecs supported), or -1. */
static int codec_of(Value enc) {
    char low[32];
    size_t n = STR_SIZE(enc);
    if (n >= sizeof low) return -1;
    for (size_t i = 0; i < n; i++) {
        char c = STR_DATA(enc)[i];
        low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : (c == '_' || c == ' ') ? '-' : c);
    }
    low[n] = 0;
    static const struct { const char *name; int codec; } names[] = {
        {"utf-8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
        {"cp65001", CODEC_UTF8},
        {"ascii", CODEC_ASCII}, {"us-ascii", CODEC_ASCII}, {"646", CODEC_ASCII},
        {"latin-1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1},
        {"iso-8859-1", CODEC_LATIN1}, {"iso8859-1", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
        {"cp819", CODEC_LATIN1}, {"l1", CODEC_LATIN1}, {"iso-ir-100", CODEC_LATIN1},
        {"utf-8-sig", CODEC_UTF8_SIG}, {"utf8-sig", CODEC_UTF8_SIG},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(low, names[i].name)) return names[i].codec;
    return -1;
}

static Value file_open_ex(Value file, const char *mode_c, Value encoding, Value errors, int newline);

Value file_open(Value file, const char *mode_c, Value encoding) {
    return file_open_ex(file, mode_c, encoding, VNULL, -1);
}

/* errors and newline (an NL_* mode, -1 for None) have been checked by open(). */
static Value file_open_ex(Value file, const char *mode_c, Value encoding, Value errors, int newline) {
    int codec = CODEC_UTF8;
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
    if (binary && errors) {
        err_set(ExcValueError, "binary mode doesn't take an errors argument");
        goto done;
    }
    if (binary && newline >= 0) {
        err_set(ExcValueError, "binary mode doesn't take a newline argument");
        goto done;
    }
    if (encoding && (codec = codec_of(encoding)) < 0) {
        err_format(ExcLookupError, "unknown encoding: %U", encoding);
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
    if (result && !binary) {
        FileObj *fo = FILEOBJ(result);
        fo->codec = (uint8_t)codec;
        fo->newline = (uint8_t)(newline < 0 ? NL_UNIVERSAL : newline);
        if (errors) {
            Value old = fo->errors;
            fo->errors = NEWREF(errors);
            XDECREF(old);
            fo->errmode = !str_eq_cstr(errors, "strict");
        }
        struct stat st;
        bool regular = fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode);
        /* scanning ahead only matters to strict decoding and to f.newlines */
        fo->scan = regular && rd &&
                   ((fo->errmode == 0 && codec != CODEC_LATIN1) || fo->newline == NL_UNIVERSAL ||
                    fo->newline == NL_UNTRANSLATED);
        if (codec == CODEC_UTF8_SIG) {
            fo->bom = BOM_SKIP;
            /* the BOM starts a file written from its beginning */
            if (wr && (!regular || lseek(fileno(fp), 0, SEEK_END) == 0)) fo->bom |= BOM_WRITE;
            if (regular && !(oflags & O_APPEND)) lseek(fileno(fp), 0, SEEK_SET);
        }
    }
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
        if (strlen(mode) != STR_SIZE(a[1])) {
            err_set(ExcValueError, "embedded null character");
            return VNULL;
        }
    }
    if (a[2] && !IS_INT(a[2])) {
        /* buffering is only type-checked: the value itself is not used */
        Value b = obj_index(a[2]);
        if (!b) return VNULL;
        DECREF(b);
    }
    Value enc = a[3] && a[3] != NONE ? a[3] : VNULL;
    if (enc && !IS_STR(enc)) {
        err_format(ExcTypeError, "open() argument 'encoding' must be str or None, not %N", enc);
        return VNULL;
    }
    Value errors = a[4] && a[4] != NONE ? a[4] : VNULL;
    if (errors && !IS_STR(errors)) {
        err_format(ExcTypeError, "open() argument 'errors' must be str or None, not %N", errors);
        return VNULL;
    }
    int newline = -1;
    if (a[5] && a[5] != NONE) {
        Value nl = a[5];
        if (!IS_STR(nl)) {
            err_format(ExcTypeError, "open() argument 'newline' must be str or None, not %N", nl);
            return VNULL;
        }
        if (str_eq_cstr(nl, "")) newline = NL_UNTRANSLATED;
        else if (str_eq_cstr(nl, "\n")) newline = NL_LF;
        else if (str_eq_cstr(nl, "\r")) newline = NL_CR;
        else if (str_eq_cstr(nl, "\r\n")) newline = NL_CRLF;
        else if (!strpbrk(mode, "b")) {
            err_format(ExcValueError, "illegal newline value: %U", nl);
            return VNULL;
        } else {
            newline = NL_LF;   /* binary mode rejects any newline argument */
        }
    }
    Value f = file_open_ex(a[0], mode, enc, errors, newline);
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
