#!/usr/bin/env bash
# The fresh-client check: installs every artifact with `./mvnw -B -DskipTests install` into a
# temporary local repository (never ~/.m2; third-party artifacts are read from ~/.m2 when it has
# them), checks the published jars (sources, javadoc, META-INF/LICENSE and NOTICE, no internal
# package in the javadoc), then builds this folder's project, which depends on appeal-templates
# alone, and runs its client on the sample case and on a broken case file.
# Run from anywhere; needs JAVA_HOME or java on PATH to be a JDK 21+ (.ci/run picks one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/appeal-fresh-client.XXXXXX")
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
repo_args=(-Dmaven.repo.local="$repo")
if [ -d "$HOME/.m2/repository" ]; then
  repo_args+=(-Dmaven.repo.local.tail="$HOME/.m2/repository")
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR="${JAVA_HOME:+$JAVA_HOME/bin/}jar"

cd "$root"
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
echo "fresh client: installing $version into $repo"
./mvnw -B -q -DskipTests install "${repo_args[@]}"

fail() { echo "fresh client: FAILED: $*" >&2; exit 1; }
for artifact in appeal-core appeal-templates appeal-templates-cjk; do
  dir="$repo/org/appealpacket/$artifact/$version"
  for kind in "" -sources -javadoc; do
    jar="$dir/$artifact-$version$kind.jar"
    [ -f "$jar" ] || fail "$artifact$kind.jar was not installed"
    entries=$("$JAR" tf "$jar")
    for entry in META-INF/LICENSE META-INF/NOTICE; do
      grep -qx "$entry" <<<"$entries" || fail "$artifact$kind.jar has no $entry"
    done
    if [ "$kind" = -javadoc ] && grep -q '/internal/' <<<"$entries"; then
      fail "$artifact-javadoc.jar documents an internal package"
    fi
  done
  echo "ok: $artifact: jar, sources and javadoc installed, each with META-INF/LICENSE and NOTICE"
done
[ -f "$repo/org/appealpacket/appeal-packet-bom/$version/appeal-packet-bom-$version.pom" ] || fail "the BOM was not installed"
grep -q "Apache-2.0" "$repo/org/appealpacket/appeal-packet-parent/$version/appeal-packet-parent-$version.pom" \
  || fail "the parent pom names no license"

project="$work/project"
mkdir -p "$project"
cp -r "$here/pom.xml" "$here/src" "$project/"
./mvnw -B -q -f "$project/pom.xml" "${repo_args[@]}" -Dappeal.version="$version" package dependency:build-classpath \
  -Dmdep.outputFile="$project/classpath.txt"
# The application's class path is what Maven resolved for appeal-templates alone.
grep -q "appeal-templates-$version.jar" "$project/classpath.txt" || fail "appeal-templates is not on the client's class path"

sample="$root/appeal-examples/cases/kaiser-ca-lumbar-mri"
"$JAVA" -cp "$project/target/classes:$(cat "$project/classpath.txt")" example.Client \
  "$sample/case.json" "$sample" "$here/broken-case.json" "$work/out"
