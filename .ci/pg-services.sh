# Sourced by .ci/run (and usable by hand: `source .ci/pg-services.sh`): the PostgreSQL
# services the sync tests need besides the machine's server on 127.0.0.1:5432.
#
#   PgBouncer on 127.0.0.1:6432, transaction pool mode, in front of 127.0.0.1:5432
#     -> LECTERN_TEST_PGBOUNCER_URL
#   a second cluster on 127.0.0.1:5433 that only accepts TLS, with a throwaway CA and a server
#   certificate for `localhost` and 127.0.0.1
#     -> LECTERN_TEST_PG_TLS_URL, LECTERN_TEST_PG_TLS_CA, LECTERN_TEST_PG_TLS_OTHER_CA
#
# Idempotent: a running PgBouncer or cluster is reused, an existing certificate kept. Runs as
# root (CI and the developers' machines); the servers run as `postgres`, which they require.
# A service that cannot be started is an error here, so CI fails with the reason.

LECTERN_PG_STATE="${LECTERN_PG_STATE:-/tmp/lectern-ci-pg}"
PGBOUNCER_PORT=6432
PG_TLS_PORT=5433

pg_services_fail() {
  echo "pg-services: $*" >&2
  return 1
}

pg_services_start() {
  local pg_bin
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
  [ -x "$pg_bin/initdb" ] || { pg_services_fail "no PostgreSQL server binaries under /usr/lib/postgresql"; return 1; }
  id postgres >/dev/null 2>&1 || { pg_services_fail "no postgres system user to run the servers as"; return 1; }
  command -v openssl >/dev/null || { apt-get update -qq && apt-get install -y -qq openssl >/dev/null; }
  if ! command -v pgbouncer >/dev/null; then
    apt-get update -qq && apt-get install -y -qq pgbouncer >/dev/null \
      || { pg_services_fail "cannot install pgbouncer from Debian's packages"; return 1; }
  fi
  mkdir -p "$LECTERN_PG_STATE"
  chown postgres:postgres "$LECTERN_PG_STATE"
  pg_services_pgbouncer || return 1
  pg_services_tls_cluster "$pg_bin" || return 1
}

pg_services_pgbouncer() {
  local dir="$LECTERN_PG_STATE/pgbouncer"
  if ! pg_isready -q -h 127.0.0.1 -p "$PGBOUNCER_PORT" -d test -U postgres 2>/dev/null; then
    runuser -u postgres -- mkdir -p "$dir"
    cat >"$dir/pgbouncer.ini" <<EOF
[databases]
* = host=127.0.0.1 port=5432

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGBOUNCER_PORT
unix_socket_dir =
auth_type = trust
auth_file = $dir/userlist.txt
pool_mode = transaction
max_client_conn = 400
default_pool_size = 20
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
EOF
    echo '"postgres" ""' >"$dir/userlist.txt"
    chown postgres:postgres "$dir/pgbouncer.ini" "$dir/userlist.txt"
    # A pid file left by a killed run would stop the daemon from starting.
    [ -f "$dir/pgbouncer.pid" ] && ! kill -0 "$(cat "$dir/pgbouncer.pid")" 2>/dev/null && rm -f "$dir/pgbouncer.pid"
    runuser -u postgres -- pgbouncer -d "$dir/pgbouncer.ini" \
      || { pg_services_fail "pgbouncer did not start (see $dir/pgbouncer.log)"; return 1; }
    local i
    for i in $(seq 1 50); do
      pg_isready -q -h 127.0.0.1 -p "$PGBOUNCER_PORT" -d test -U postgres 2>/dev/null && break
      sleep 0.2
    done
  fi
  psql -q -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U postgres -d test -Atc 'select 1' >/dev/null \
    || { pg_services_fail "pgbouncer on 127.0.0.1:$PGBOUNCER_PORT does not answer (see $dir/pgbouncer.log)"; return 1; }
  export LECTERN_TEST_PGBOUNCER_URL="postgres://postgres@127.0.0.1:$PGBOUNCER_PORT/test?sslmode=disable"
}

pg_services_certs() {
  local tls="$1"
  [ -f "$tls/server.crt" ] && [ -f "$tls/other-ca.crt" ] && return 0
  mkdir -p "$tls"
  (
    set -e
    cd "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Lectern test CA" \
      -keyout ca.key -out ca.crt 2>/dev/null
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Lectern other CA" \
      -keyout other-ca.key -out other-ca.crt 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
      -keyout server.key -out server.csr 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >server.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
      -extfile server.ext -out server.crt 2>/dev/null
  ) || { pg_services_fail "openssl could not make the test certificates in $tls"; return 1; }
  chown -R postgres:postgres "$tls"
  chmod 600 "$tls/server.key"
  chmod 644 "$tls/ca.crt" "$tls/other-ca.crt"
}

pg_services_tls_cluster() {
  local pg_bin="$1" data="$LECTERN_PG_STATE/tls-cluster" tls="$LECTERN_PG_STATE/tls"
  pg_services_certs "$tls" || return 1
  if ! pg_isready -q -h 127.0.0.1 -p "$PG_TLS_PORT" 2>/dev/null; then
    if [ ! -f "$data/PG_VERSION" ]; then
      runuser -u postgres -- "$pg_bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null \
        || { pg_services_fail "initdb of the TLS test cluster failed"; return 1; }
      cat >>"$data/postgresql.conf" <<EOF
port = $PG_TLS_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$LECTERN_PG_STATE'
ssl = on
ssl_cert_file = '$tls/server.crt'
ssl_key_file = '$tls/server.key'
fsync = off
EOF
      printf 'local all all trust\nhostssl all all 127.0.0.1/32 trust\n' >"$data/pg_hba.conf"
      chown postgres:postgres "$data/pg_hba.conf"
    fi
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$data" -l "$LECTERN_PG_STATE/tls-cluster.log" -w -t 60 start >/dev/null \
      || { pg_services_fail "the TLS test cluster did not start (see $LECTERN_PG_STATE/tls-cluster.log)"; return 1; }
  fi
  if ! psql -q -h "$LECTERN_PG_STATE" -p "$PG_TLS_PORT" -U postgres -d postgres -Atc "select 1 from pg_database where datname = 'test'" | grep -q 1; then
    psql -q -h "$LECTERN_PG_STATE" -p "$PG_TLS_PORT" -U postgres -d postgres -c 'create database test' >/dev/null \
      || { pg_services_fail "cannot create the database test on the TLS cluster"; return 1; }
  fi
  export LECTERN_TEST_PG_TLS_URL="postgres://postgres@localhost:$PG_TLS_PORT/test?sslmode=verify-full"
  export LECTERN_TEST_PG_TLS_CA="$tls/ca.crt"
  export LECTERN_TEST_PG_TLS_OTHER_CA="$tls/other-ca.crt"
}

pg_services_start
