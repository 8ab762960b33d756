# A tiny Lisp: reader, environments with closures, special forms, and recursion.
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise NameError(f"unbound symbol {name!r}")

class Lambda:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise TypeError(f"{self.name} expects {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def read(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens[0] != ")":
            out.append(read(tokens))
        tokens.pop(0)
        return out
    if tok == "'":
        return ["quote", read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return tok

def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda a, b: a * b, "/": lambda a, b: a / b, "<": lambda a, b: a < b,
        "=": lambda a, b: a == b, "car": lambda l: l[0], "cdr": lambda l: l[1:],
        "cons": lambda a, l: [a] + l, "list": lambda *a: list(a), "null?": lambda l: l == [],
        "print": lambda *a: print(*(show(x) for x in a)),
    })
    return env

def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        match x:
            case ["quote", value]:
                return value
            case ["if", test, then, other]:
                x = then if evaluate(test, env) else other
            case ["define", [name, *params], body]:
                env[name] = Lambda(params, body, env, name)
                return None
            case ["define", name, value]:
                env[name] = evaluate(value, env)
                return None
            case ["lambda", params, body]:
                return Lambda(params, body, env)
            case ["begin", *exprs]:
                for e in exprs[:-1]:
                    evaluate(e, env)
                x = exprs[-1]
            case [op, *args]:
                fn = evaluate(op, env)
                values = [evaluate(a, env) for a in args]
                if isinstance(fn, Lambda):
                    x, env = fn.body, Env(fn.params, values, fn.env)  # tail call
                    if len(values) != len(fn.params):
                        raise TypeError(f"{fn.name} expects {len(fn.params)} args, got {len(values)}")
                else:
                    return fn(*values)

def show(v):
    if isinstance(v, list):
        return "(" + " ".join(map(show, v)) + ")"
    if isinstance(v, bool):
        return "#t" if v else "#f"
    if isinstance(v, Lambda):
        return f"<lambda {v.name}>"
    return str(v)

PROGRAM = """
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))
(define (make-adder k) (lambda (x) (+ x k)))
(define add10 (make-adder 10))
(define (count-up n acc) (if (= n 0) acc (count-up (- n 1) (+ acc 1))))
(print (fact 20))
(print (map add10 '(1 2 3)))
(print (map (lambda (x) (* x x)) (list 4 5 6)))
(print (count-up 5000 0))
(begin (define x 3) (print (- x) (/ x 2) (< 1 x) (cdr '(a b c))))
(print fact add10)
(print (undefined-fn 1))
"""
env = standard_env()
tokens = tokenize(PROGRAM)
while tokens:
    expr = read(tokens)
    try:
        result = evaluate(expr, env)
        if result is not None:
            print("=>", show(result))
    except (NameError, TypeError) as exc:
        print(f"error: {type(exc).__name__}: {exc}")
