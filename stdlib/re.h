/* The re module's internals (stdlib/remod.c, re_translate.c, re_match.c): Python regular
 * expressions run by PCRE2. Same conventions as object.h. */
#ifndef MINIPY_RE_H
#define MINIPY_RE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "object.h"

/* Python's flag bits (the values of re.I, re.M ...). */
#define RE_TEMPLATE   1
#define RE_IGNORECASE 2
#define RE_LOCALE     4
#define RE_MULTILINE  8
#define RE_DOTALL     16
#define RE_UNICODE    32
#define RE_VERBOSE    64
#define RE_DEBUG      128
#define RE_ASCII      256

/* ---- re_translate.c: Python pattern syntax -> PCRE2 pattern syntax ----
 * Python's syntax is checked here (so errors carry CPython's messages and positions); group
 * names are resolved to numbers, so PCRE2 only ever sees numbered groups. */
typedef struct ReName { char *name; size_t len; int index; } ReName;
typedef struct ReTrans {
    char *out; size_t outlen, outcap;   /* the PCRE2 pattern */
    int ngroups;
    int flags;                          /* the flags given, plus inline global flags */
    ReName *names; size_t nnames, namecap;
    size_t *closepos;                   /* [g]: where group g's ')' is (orders lastindex) */
    size_t closecap;
    /* on failure: */
    bool nomem;
    char errmsg[300];
    intptr_t errpos;                    /* byte offset into the pattern, -1 for none */
} ReTrans;
/* 0 on success; -1 with t->nomem or t->errmsg/errpos set. Always call re_trans_free. */
int re_translate(ReTrans *t, const char *pat, size_t n, bool is_bytes, int flags);
void re_trans_free(ReTrans *t);
/* The group number of a name, or -1. */
int re_trans_lookup(const ReTrans *t, const char *name, size_t len);
/* True if s[0..n) is a valid group name (a Python identifier; ASCII only for bytes). */
bool re_valid_group_name(const char *s, size_t n, bool is_bytes);

/* ---- remod.c ---- */
typedef struct PatternObj {
    Obj hdr;
    Value pattern;            /* the str or bytes given */
    int flags;                /* as Pattern.flags reports them */
    bool is_bytes;
    int ngroups;
    Value groupindex;         /* dict name -> number */
    Value indexgroup;         /* tuple: number -> name or None */
    size_t *closepos;         /* [g]: order of group g's closing parenthesis */
    pcre2_code *code;         /* for search */
    pcre2_code *code_match;   /* anchored at the start (match), made on first use */
    pcre2_code *code_full;    /* anchored at both ends (fullmatch), made on first use */
    pcre2_match_data *md;     /* shared by every match: results are copied out at once */
    char *xpat; size_t xlen;  /* the PCRE2 pattern, to compile the anchored variants */
    uint32_t copts;
    int64_t hash;
} PatternObj;
extern Type RePatternType, ReMatchType, ReScannerIterType;
#define PATTERN(v) ((PatternObj *)AS_OBJ(v))

/* A subject string prepared for matching. */
typedef struct ReSubject {
    Value orig;               /* the object given (BORROWED) */
    Value keep;               /* a bytes copy of a bytearray, or VNULL (owned) */
    const char *data;
    size_t size;              /* bytes */
    size_t len;               /* code points (== size for bytes) */
    bool is_bytes, ascii;
    size_t cur_b, cur_c;      /* conversion cursor: byte offset cur_b is code point cur_c */
} ReSubject;
int re_subject_init(ReSubject *s, PatternObj *p, Value string);
void re_subject_release(ReSubject *s);
size_t re_b2c(ReSubject *s, size_t b);
size_t re_c2b(ReSubject *s, size_t c);
/* string[bstart:bend] as str or bytes (cstart/cend: the same bounds in code points). */
Value re_substring(ReSubject *s, size_t bstart, size_t bend, size_t cstart, size_t cend);
/* re.Pattern[str], re.Match[str]: a types.GenericAlias. */
Value re_class_getitem(Value cls, const Value *args, size_t nargs, Value kwnames);
/* Raise re.error(msg, pattern, pos) (pos < 0: None). */
void re_raise_error(const char *msg, Value pattern, intptr_t pos);

/* ---- re_match.c: Match objects ---- */
typedef struct MatchObj {
    Obj hdr;
    Value string;             /* the subject as given */
    Value pattern;            /* PatternObj */
    Value keep;               /* bytes copy of a bytearray subject, or VNULL */
    intptr_t pos, endpos;
    intptr_t lastindex;       /* -1: None */
    int ngroups;
    intptr_t spans[];         /* 4 per group (0..ngroups): code point start, end, byte start, end
                                 (-1: the group did not take part) */
} MatchObj;
/* A Match from the pattern's match data (rc as pcre2_match returned it). */
Value re_match_new(PatternObj *p, ReSubject *s, int rc, intptr_t pos, intptr_t endpos);
/* Expand a replacement template for match m (str or bytes). */
Value re_match_expand(Value m, Value tmpl);

/* Templates (the repl argument of sub): compiled once per call. */
typedef struct ReTmplItem { intptr_t group; size_t off, len; } ReTmplItem;  /* group -1: literal */
typedef struct ReTemplate {
    char *lit; size_t litlen;        /* the literal text pieces */
    ReTmplItem *items; size_t nitems;
    bool literal_only;
} ReTemplate;
int re_template_compile(ReTemplate *t, PatternObj *p, Value repl);
void re_template_free(ReTemplate *t);

/* A growable byte buffer (binary safe). */
typedef struct ReBuf { char *data; size_t len, cap; } ReBuf;
int re_buf_put(ReBuf *b, const char *s, size_t n);
Value re_buf_finish(ReBuf *b, bool is_bytes);   /* frees the buffer */

#endif
