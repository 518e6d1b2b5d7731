/* stdlib/structseq.c: named tuples of the sys module (sys.version_info and friends). */
#ifndef MINIPY_STRUCTSEQ_H
#define MINIPY_STRUCTSEQ_H
#include "object.h"

extern Type VersionInfoType, FloatInfoType, IntInfoType, UnraisableHookArgsType;
/* A struct sequence of the given kind from its items (borrowed, as many as it has fields). */
Value structseq_new(Type *type, const Value *items);

#endif
