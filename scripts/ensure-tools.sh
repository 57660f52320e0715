#!/usr/bin/env bash
# Makes sure the parts the test suite drives for real are there: Debian's Chromium and a PostgreSQL
# server. As root they are installed (apt-get) and started; otherwise the script says what to run.
# Sourced by scripts/test.sh; exports TEST_DATABASE_URL.

is_root() { [ "$(id -u)" = "0" ]; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  if is_root && command -v apt-get >/dev/null; then
    echo "• Installing Chromium (apt-get install chromium) for the browser tests"
    apt_install chromium || { echo "✗ Could not install chromium"; return 1; }
    return 0
  fi
  echo "✗ The browser tests need Debian's Chromium at /usr/bin/chromium. Install it with:"
  echo "    sudo apt-get install chromium"
  return 1
}

# xmllint validates the REFI-QDA exports against the schema in the API tests.
ensure_xmllint() {
  if command -v xmllint >/dev/null; then return 0; fi
  if is_root && command -v apt-get >/dev/null; then
    echo "• Installing xmllint (apt-get install libxml2-utils) for the REFI-QDA export tests"
    apt_install libxml2-utils || { echo "✗ Could not install libxml2-utils"; return 1; }
    return 0
  fi
  echo "✗ The REFI-QDA tests need xmllint: sudo apt-get install libxml2-utils"
  return 1
}

# pdffonts, pdfinfo and pdftotext (poppler) check the PDFs' fonts, tags and text in the API tests.
ensure_pdftools() {
  if command -v pdffonts >/dev/null && command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null; then return 0; fi
  if is_root && command -v apt-get >/dev/null; then
    echo "• Installing pdffonts, pdfinfo and pdftotext (apt-get install poppler-utils) for the PDF tests"
    apt_install poppler-utils || { echo "✗ Could not install poppler-utils"; return 1; }
    return 0
  fi
  echo "✗ The PDF tests need poppler's tools: sudo apt-get install poppler-utils"
  return 1
}

# Answers 0 when the URL reaches a PostgreSQL server.
pg_reachable() {
  node --input-type=module -e "
    import pg from 'pg';
    const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    try { await c.connect(); await c.query('select 1'); await c.end(); } catch { process.exit(1); }
  " "$1" 2>/dev/null
}

ensure_postgres() {
  if [ -n "${TEST_DATABASE_URL:-}" ]; then
    pg_reachable "$TEST_DATABASE_URL" && return 0
    echo "✗ TEST_DATABASE_URL is set but does not answer: $TEST_DATABASE_URL"
    return 1
  fi
  for url in "postgres://postgres@127.0.0.1:5432/test" "postgres://postgres:brug-test@127.0.0.1:5432/test"; do
    if pg_reachable "$url"; then export TEST_DATABASE_URL="$url"; return 0; fi
  done
  if is_root && command -v apt-get >/dev/null; then
    echo "• No PostgreSQL server on 127.0.0.1:5432: installing and starting one (apt-get install postgresql)"
    command -v pg_ctlcluster >/dev/null || apt_install postgresql || { echo "✗ Could not install postgresql"; return 1; }
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
    [ -n "$version" ] || { echo "✗ No PostgreSQL cluster found after installing"; return 1; }
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'brug-test'\"" >/dev/null
    su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname = 'test'\" | grep -q 1 || createdb test"
    export TEST_DATABASE_URL="postgres://postgres:brug-test@127.0.0.1:5432/test"
    pg_reachable "$TEST_DATABASE_URL" && return 0
    echo "✗ Started PostgreSQL but cannot connect to $TEST_DATABASE_URL"
    return 1
  fi
  echo "✗ The API tests also run against a PostgreSQL server, and none answers on 127.0.0.1:5432."
  echo "  Start one and point TEST_DATABASE_URL at a database the user may create databases from, e.g.:"
  echo "    sudo apt-get install postgresql && sudo -u postgres createdb test"
  echo "    TEST_DATABASE_URL=postgres://USER:PASSWORD@127.0.0.1:5432/test npm test"
  echo "  (or run npm test as root, which installs and starts it)"
  return 1
}
