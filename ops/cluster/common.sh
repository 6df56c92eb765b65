# Settings and helpers shared by ops/cluster/up, status and down (sourced, not run).
# Everything the local cluster makes lives in ops/cluster/.work/ (git-ignored): Payara, its domain, haproxy's files.

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$REPO/ops/cluster/.work
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$REPO/pom.xml" | head -1)
PAYARA=$WORK/payara6
DOMAIN=parley-cluster
DOMAIN_XML=$PAYARA/glassfish/domains/$DOMAIN/config/domain.xml
NODE=localhost-$DOMAIN                       # the node create-domain makes for this host
NODE_DIR=$PAYARA/glassfish/nodes/$NODE
DAS_PORTBASE=14800                           # admin 14848, DAS HTTP 14880: clear of the run command's 4848/8080
ADMIN_PORT=$((DAS_PORTBASE + 48))
CONFIG=parley-config                         # one configuration shared by both instances
GROUP=parley-dg                              # the deployment group the EAR is deployed to
# instance name and port base (HTTP = base + 80, admin = base + 48)
INSTANCES=("parley-1 18100" "parley-2 18200")
GRID_PORT=15900                              # the instances' data grid ports: 15900 and up (a setting of the config)
LB_PORT=${PARLEY_CLUSTER_PORT:-8080}         # haproxy's port
HAPROXY_CFG=$WORK/haproxy.cfg
HAPROXY_PID=$WORK/haproxy.pid
DB=parley_cluster

asadmin() { "$PAYARA/bin/asadmin" --interactive=false --port "$ADMIN_PORT" "$@"; }

http_code() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" || true; }

# A pid file's process when it is alive and its command line names $2, else nothing.
live_pid() {
    local pid
    pid=$(cat "$1" 2>/dev/null) || return 0
    if [ -n "$pid" ] && { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -q -- "$2"; then echo "$pid"; fi
}

instance_pid() { live_pid "$NODE_DIR/$1/config/pid" "$NODE_DIR/$1"; }
das_pid() { live_pid "$PAYARA/glassfish/domains/$DOMAIN/config/pid" "$PAYARA/glassfish/domains/$DOMAIN"; }
haproxy_pid() { live_pid "$HAPROXY_PID" "$HAPROXY_CFG"; }

# A command to haproxy's admin socket (ops/cluster/.work/haproxy.sock), its answer on stdout; python3, no socat needed
lb() {
    python3 - "$WORK/haproxy.sock" "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
s.sendall((sys.argv[2] + "\n").encode())
out = b""
while chunk := s.recv(65536):
    out += chunk
sys.stdout.write(out.decode())
PY
}
