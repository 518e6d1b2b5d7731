async def fetch(session, urls):
    results = []
    async with session as s:
        async for url in s.stream(urls):
            results.append(await s.get(url))
    return results
