# Part of benchmarks/run.sh --scale-out (sourced: uses start_app, free_port, BENCH, WORK, SEED_DATABASE, RUSH_ROUND_0).
# Two nodes behind nginx on loopback; one is killed with SIGKILL while the rush runs; nothing answered 201 may be lost.

NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x "$NGINX" ]] || { "$ROOT/scripts/apt-install.sh" run.sh nginx-light; NGINX=$(command -v nginx || echo /usr/sbin/nginx); }

PORT_A=$(free_port)
start_app a "$PORT_A"
PID_A=${APP_PIDS[-1]}
PORT_B=$(free_port)
start_app b "$PORT_B"
PORT_PROXY=$(free_port)
mkdir -p "$WORK/nginx"
# A node that stops answering is taken out for 10 s; a POST already sent is never retried on the other node
# (nginx's default since 1.9.13), since it may have been committed there.
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream lebenswelten {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$PORT_PROXY;
    location / {
      proxy_pass http://lebenswelten;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log"
URL="http://127.0.0.1:$PORT_PROXY"
curl -fs "$URL/health/ready" >/dev/null

log "scale-out: rush of $RESIDENTS residents through nginx to two nodes, node a killed mid-rush"
"${BENCH[@]}" rush --url "$URL" --offerings "$RUSH_ROUND_0" --residents "$RESIDENTS" --connections 20 \
  --database "$SEED_DATABASE" --label "two nodes, a killed" --node-killed yes --accepted "$WORK/accepted.txt" \
  >"$WORK/scale-out-row.md" 2>>"$WORK/rush.log" &
RUSH_PID=$!
# Kill once a fifth of the residents are registered: the rush is in full swing on both nodes.
for _ in $(seq 1 600); do
  stored=$("$PGBIN/psql" -tA -h 127.0.0.1 -p "$LEBENSWELTEN_PG_PORT" -U postgres -d "$SEED_DATABASE" \
    -c "SELECT count(*) FROM \"Registrations\"")
  (( stored >= RESIDENTS / 5 )) && break
  sleep 0.1
done
kill -9 "$PID_A"
log "killed node a (pid $PID_A) at $stored registrations"
RUSH_RC=0
wait "$RUSH_PID" || RUSH_RC=$?
{
  echo "### Scale-out run of $(date -u +%Y-%m-%d' '%H:%M) UTC"
  echo
  echo "Two Release nodes behind nginx $("$NGINX" -v 2>&1 | cut -d/ -f2), $RESIDENTS guests at 20 connections; node a killed with SIGKILL at $stored registrations."
  echo
  echo "| run | registrations/s | p50 ms | p95 ms | p99 ms | answers | database afterwards |"
  echo "|---|--:|--:|--:|--:|---|---|"
  cat "$WORK/scale-out-row.md"
} | tee "$WORK/report.md"

# The backup the operations guide describes, restored into a new database and served by a node that does not
# migrate: its readiness check passes and it holds every registration.
log "backup with pg_dump, restore with pg_restore, a node on the restored database"
PG=(-h 127.0.0.1 -p "$LEBENSWELTEN_PG_PORT" -U postgres)
"$PGBIN/pg_dump" "${PG[@]}" --format=custom --file="$WORK/backup.dump" "$SEED_DATABASE"
"$PGBIN/createdb" "${PG[@]}" restored
"$PGBIN/pg_restore" "${PG[@]}" --dbname=restored --no-owner "$WORK/backup.dump"
count() { "$PGBIN/psql" -tA "${PG[@]}" -d "$1" -c 'SELECT count(*) FROM "Registrations"'; }
CONNECTION="Host=127.0.0.1;Port=$LEBENSWELTEN_PG_PORT;Username=postgres;Database=restored" Database__MigrateOnStart=false \
  start_app restored "$(free_port)"
RESTORE_RC=0
[[ "$(count "$SEED_DATABASE")" == "$(count restored)" ]] || RESTORE_RC=1
echo
echo "Restore test: $(du -h "$WORK/backup.dump" | cut -f1) dump, $(count restored) of $(count "$SEED_DATABASE") registrations restored, node on it ready without migrating: $([[ $RESTORE_RC == 0 ]] && echo ok || echo FAILED)" | tee -a "$WORK/report.md"
(( RUSH_RC == 0 && RESTORE_RC == 0 ))
