# A tiny stack-based language: assembler with labels, VM with calls, and error reporting.
PROGRAM = """
    ; compute factorials and a fibonacci sequence
    push 1
    store i
loop:
    load i
    call fact
    print
    load i
    push 1
    add
    dup
    store i
    push 8
    lt
    jnz loop
    halt

fact:           ; n -> n!
    dup
    push 2
    lt
    jnz fact_base
    dup
    push 1
    sub
    call fact
    mul
    ret
fact_base:
    pop
    push 1
    ret
"""

class VMError(Exception):
    pass

def assemble(source):
    code, labels = [], {}
    for line in source.splitlines():
        line = line.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return code, labels

def run(code, labels, max_steps=10_000):
    stack, calls, env, out = [], [], {}, []
    pc = steps = 0
    binary = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "lt": lambda a, b: int(a < b), "div": lambda a, b: a // b}
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError(f"step limit exceeded at pc={pc}")
        op, arg = code[pc]
        pc += 1
        match op:
            case "push":
                stack.append(int(arg))
            case "pop":
                stack.pop()
            case "dup":
                stack.append(stack[-1])
            case "store":
                env[arg] = stack.pop()
            case "load":
                if arg not in env:
                    raise VMError(f"undefined variable {arg!r} at pc={pc - 1}")
                stack.append(env[arg])
            case "print":
                out.append(stack.pop())
            case "jmp":
                pc = labels[arg]
            case "jz" | "jnz":
                value = stack.pop()
                if (value == 0) == (op == "jz"):
                    pc = labels[arg]
            case "call":
                calls.append(pc)
                pc = labels[arg]
            case "ret":
                pc = calls.pop()
            case "halt":
                return out, steps
            case _ if op in binary:
                b, a = stack.pop(), stack.pop()
                stack.append(binary[op](a, b))
            case _:
                raise VMError(f"unknown instruction {op!r} at pc={pc - 1}")

code, labels = assemble(PROGRAM)
print(len(code), "instructions;", "labels:", sorted(labels.items(), key=lambda kv: kv[1]))
out, steps = run(code, labels)
print("output:", out)
print("steps:", steps)
for bad in ["push 1\nload x\nhalt", "push 1\nfrob\nhalt", "top:\njmp top", "push 1\npush 0\ndiv\nhalt"]:
    try:
        print(run(*assemble(bad)))
    except VMError as exc:
        print("VMError:", exc)
    except ZeroDivisionError as exc:
        print("ZeroDivisionError:", exc)
