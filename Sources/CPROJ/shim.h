// PROJ's coordinate operations (proj.h) and its copy of GeographicLib's
// geodesic routines (geodesic.h), both exported by libproj.
#ifndef BORDERWATCH_CPROJ_SHIM_H
#define BORDERWATCH_CPROJ_SHIM_H
#include <proj.h>
#include <geodesic.h>
#endif
