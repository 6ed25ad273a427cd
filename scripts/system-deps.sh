#!/usr/bin/env bash
# System packages the project needs beyond Python (installed only when missing).
#   java (17+)  runs the HermiT reasoner that owlready2 ships (intgraph reason)
#   DejaVu      fonts the tests use to generate PDF fixtures with German typography
#   chromium    Debian's browser, driven by Playwright in the browser tests of the views
#   virtuoso    Virtuoso open source 7.2 (server binary and isql only: no system service, no
#               debconf question), the second engine of tests/store/test_remote.py
#   jena        Apache Jena 4.5 jars (/usr/share/java), whose arq.rsparql is a client in tests/clients
set -euo pipefail
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource-7-bin)
[ -f /usr/share/java/jena-arq.jar ] || need+=(libapache-jena-java)
if [ ${#need[@]} -eq 0 ]; then
  echo "system-deps: nothing to install"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing ${need[*]}; install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}"
