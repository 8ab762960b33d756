outbox = []


def notify(address, body):
    outbox.append((address, body))
