/**
 * Preloaded (NODE_OPTIONS=--require) into server processes that run with production settings in
 * tests: every outgoing TCP/TLS connection must go to a loopback address. Anything else (Azure's
 * instance metadata service 169.254.169.254, login.microsoftonline.com, api.botframework.com, …)
 * is refused before a packet leaves and reported on stderr, so a test sees it and fails.
 */
const net = require('node:net');

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(\.\d{1,3}){3})$/i;
const REFUSED = 'loopback-guard: refused a connection to';

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  let host;
  let port;
  let ipc = false;
  if (first !== null && typeof first === 'object') {
    ipc = typeof first.path === 'string';
    host = first.host;
    port = first.port;
  } else if (typeof first === 'string' && !/^\d+$/.test(first)) {
    ipc = true;
  } else {
    port = first;
    host = typeof args[1] === 'string' ? args[1] : undefined;
  }
  const target = host ?? 'localhost';
  if (!ipc && !LOOPBACK.test(String(target))) {
    process.stderr.write(`${REFUSED} ${target}:${port}\n`);
    const error = new Error(`${REFUSED} ${target}:${port} (tests allow loopback only)`);
    error.code = 'ELOOPBACKGUARD';
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};

process.stderr.write('loopback-guard: active\n');
