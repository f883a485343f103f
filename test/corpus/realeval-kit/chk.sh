#!/bin/sh
# usage: sh chk.sh URL  -> says whether the URL is already used
grep -qxF "$1" /work/realeval-holdout/used.txt && echo "USED: $1" || echo "free: $1"
