#!/usr/bin/env python3
"""A slow fake SMTP server on many loopback addresses, for bench/parallel-hosts.sh.

Listens on COUNT consecutive addresses starting at FIRST (default 127.0.0.2 … 127.0.0.51; Linux
routes all of 127.0.0.0/8 to the loopback interface) on one shared port, waits DELAY seconds
before its 220 greeting (a busy or distant server), then answers EHLO/HELO, MAIL, RCPT, DATA,
RSET, NOOP and QUIT like a permissive RFC 5321 server. It offers no STARTTLS. Loopback only.

Prints "port=N" once every listener is up, then serves until SIGTERM or SIGINT.
"""

import argparse
import asyncio
import ipaddress
import signal
import sys


async def reply(writer, text):
    writer.write(text.encode("ascii") + b"\r\n")
    await writer.drain()


async def session(reader, writer, delay):
    try:
        await asyncio.sleep(delay)
        await reply(writer, "220 fake.mailflow.test ESMTP slow fake server")
        while True:
            line = await reader.readline()
            if not line:
                return
            verb = line.decode("ascii", "replace").strip().split(" ", 1)[0].upper()
            if verb == "EHLO":
                await reply(writer, "250-fake.mailflow.test\r\n250-8BITMIME\r\n250 SIZE 1000000")
            elif verb == "HELO":
                await reply(writer, "250 fake.mailflow.test")
            elif verb == "MAIL":
                await reply(writer, "250 2.1.0 Ok")
            elif verb == "RCPT":
                await reply(writer, "250 2.1.5 Ok")
            elif verb == "DATA":
                await reply(writer, "354 End data with <CR><LF>.<CR><LF>")
                while True:
                    body_line = await reader.readline()
                    if not body_line or body_line in (b".\r\n", b".\n"):
                        break
                await reply(writer, "250 2.0.0 Ok: queued")
            elif verb in ("RSET", "NOOP"):
                await reply(writer, "250 2.0.0 Ok")
            elif verb == "QUIT":
                await reply(writer, "221 2.0.0 Bye")
                return
            else:
                await reply(writer, "502 5.5.2 Command not recognized")
    except (ConnectionError, asyncio.IncompleteReadError):
        return
    finally:
        writer.close()


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", default="127.0.0.2")
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--port", type=int, default=0, help="0 = pick a free one")
    parser.add_argument("--delay", type=float, default=0.3, help="seconds before the greeting")
    options = parser.parse_args()

    first = ipaddress.IPv4Address(options.first)
    addresses = [str(first + i) for i in range(options.count)]
    if not all(ipaddress.IPv4Address(a).is_loopback for a in addresses):
        sys.exit("Every address must be in 127.0.0.0/8 (loopback).")

    def handler(reader, writer):
        return session(reader, writer, options.delay)

    # The first listener picks the port; the others share it on their own addresses.
    servers = [await asyncio.start_server(handler, addresses[0], options.port)]
    port = servers[0].sockets[0].getsockname()[1]
    for address in addresses[1:]:
        servers.append(await asyncio.start_server(handler, address, port))

    print(f"port={port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    for server in servers:
        server.close()


if __name__ == "__main__":
    asyncio.run(main())
