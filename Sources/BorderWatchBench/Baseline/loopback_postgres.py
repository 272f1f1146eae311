"""A throwaway PostgreSQL 15 + PostGIS cluster for the benchmarks: made with
initdb in HOME (as the postgres user when run as root), started on a free
loopback port with trust authentication, stopped and removed by stop()."""
import os
import pwd
import shutil
import socket
import subprocess

BIN = "/usr/lib/postgresql/15/bin"
QUIET = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


def as_postgres(cmd):
    return (["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []) + cmd


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Cluster:
    def __init__(self, home, workers=2):
        self.home = os.path.abspath(home)
        shutil.rmtree(self.home, ignore_errors=True)
        os.makedirs(self.home)
        if os.geteuid() == 0:
            pw = pwd.getpwnam("postgres")
            os.chown(self.home, pw.pw_uid, pw.pw_gid)
        self.port = free_port()
        self.data = os.path.join(self.home, "data")
        subprocess.run(as_postgres([BIN + "/initdb", "-D", self.data, "-U", "bench", "--auth=trust", "-E", "UTF8",
                                    "--locale=C.UTF-8"]), **QUIET)
        conf = "-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=1GB -c work_mem=256MB " \
               "-c max_parallel_workers_per_gather=%d -c max_worker_processes=8 -c jit=off" % (self.port, self.home, workers)
        subprocess.run(as_postgres([BIN + "/pg_ctl", "-D", self.data, "-l", os.path.join(self.home, "log"), "-w", "-o",
                                    conf, "start"]), **QUIET)

    def url(self, schema="borderwatch"):
        return "postgresql://bench@127.0.0.1:%d/postgres?schema=%s" % (self.port, schema)

    def psql(self, sql, stdin=None):
        return subprocess.run([BIN + "/psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "bench", "-d", "postgres",
                               "-v", "ON_ERROR_STOP=1", "-Atq", "-c", sql], input=stdin, capture_output=True,
                              text=True, check=True).stdout

    def stop(self):
        subprocess.run(as_postgres([BIN + "/pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop"]), **QUIET)
        shutil.rmtree(self.home, ignore_errors=True)
