def risky(f, log):
    try:
        r = f()
    except (ValueError, TypeError) as e:
        log.append(str(e))
        return None
    except KeyError:
        raise
    else:
        log.append("ok")
    finally:
        log.append("done")
    return r
