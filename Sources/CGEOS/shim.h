// Only the reentrant (_r) half of the GEOS C API is visible to Swift: every
// call names the context it runs in, so no hidden global state is shared
// between threads.
#ifndef BORDERWATCH_CGEOS_SHIM_H
#define BORDERWATCH_CGEOS_SHIM_H
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
#endif
