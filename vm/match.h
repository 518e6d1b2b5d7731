/* The instructions of the match statement (PEP 634), called from vm/eval.c. */
#ifndef MINIPY_MATCH_H
#define MINIPY_MATCH_H

#include "object.h"

bool match_is_sequence(Value v);        /* MATCH_SEQUENCE */
bool match_is_mapping(Value v);         /* MATCH_MAPPING */
Value match_get_len(Value v);           /* GET_LEN: new int or VNULL */
/* MATCH_KEYS: a new tuple of the values of keys in subj, None if one is missing; VNULL on error */
Value match_keys(Value subj, Value keys);
/* COPY_DICT_WITHOUT_KEYS: a new dict; VNULL on error */
Value match_copy_dict_without_keys(Value subj, Value keys);
/* MATCH_CLASS: a new tuple of the sub-pattern values, None when subj does not match; VNULL on error */
Value match_class(Value subj, Value cls, Value kwnames, int nargs);

#endif
