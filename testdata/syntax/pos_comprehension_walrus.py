[y for x in data if (y := f(x))]
{k: (v := g(k)) for k in ks}
