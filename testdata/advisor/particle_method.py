# Scenario: the hot code is a method of a class: Numba does not compile
# methods, but Cython's pure mode can type the method's loop variables.
# Expect: hot-spot, numba-blocker, cython-candidate
# Static: none
"""A damped oscillator integrated with a fixed time step."""


class Oscillator:
    def __init__(self, k, damping):
        self.k = k
        self.damping = damping

    def settle(self, steps):
        x = 1.0
        v = 0.0
        dt = 0.001
        for _ in range(steps):
            a = -4.0 * x - 0.1 * v
            v = v + a * dt
            x = x + v * dt
        return x


osc = Oscillator(4.0, 0.1)
print(round(osc.settle(300000), 9))
