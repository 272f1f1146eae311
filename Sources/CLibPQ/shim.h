// libpq, PostgreSQL's own client library: connection strings and URLs,
// sslmode, PGHOST/PGPASSWORD/~/.pgpass and service files come with it.
#ifndef BORDERWATCH_CLIBPQ_SHIM_H
#define BORDERWATCH_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
