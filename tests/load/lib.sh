# Shell helpers of the load scripts (tests/load/run, tests/load/scale); sourced, not run.
# They expect $host (the loopback address to serve on) and, for commit_description, the repository as
# the working directory.

log() { printf '\n== %s\n' "$*"; }
die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

# ensure_tool COMMAND PACKAGE: installs the Debian package with apt-get when COMMAND is missing.
ensure_tool() {
  command -v "$1" >/dev/null && return
  command -v apt-get >/dev/null || die "$1 is required and apt-get is not available to install it"
  local sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update
  $sudo apt-get install -y "$2"
}

free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 30000 ))
    # A port is free when nothing accepts a connection on it.
    if ! (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  die "found no free port on $host"
}

show_server_log() { # log file
  echo "--- server log, last lines" >&2
  tail -n 60 "$1" >&2 || true
}

# wait_ready PID BASE_URL LOG_FILE: waits up to 180 s for GET /health/ready to answer 200.
wait_ready() {
  for _ in $(seq 1 180); do
    if ! kill -0 "$1" 2>/dev/null; then
      show_server_log "$3"
      die "the server exited before it was ready"
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$2/health/ready" || true)" = 200 ]; then
      return
    fi
    sleep 1
  done
  show_server_log "$3"
  die "GET /health/ready did not answer 200 within 180 s"
}

# stop_pid PID: asks the process to stop, waits up to 10 s, then kills it; only that process.
stop_pid() {
  [ -n "$1" ] || return 0
  if kill -0 "$1" 2>/dev/null; then
    kill -TERM "$1" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$1" 2>/dev/null || true
  fi
  wait "$1" 2>/dev/null || true
}

# The machine, for a report: "2 CPUs (model), 23.5 GiB memory".
machine_description() {
  local cpu_model memory_gib
  cpu_model=$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo | head -n 1)
  memory_gib=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
  echo "$(nproc) CPUs ($cpu_model), $memory_gib GiB memory"
}

# The commit built, and whether the sources had local changes.
commit_description() {
  local commit
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(git status --porcelain -- src seed global.json Directory.Build.props Directory.Packages.props 2>/dev/null)" ]; then
    commit="$commit with local changes to the API"
  fi
  echo "$commit"
}
