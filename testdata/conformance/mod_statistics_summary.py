import statistics as st
from fractions import Fraction
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 9]
print(st.mean(ints), st.mean([1, 2, 3, 4]), st.mean(data), st.mean([Fraction(1, 3), Fraction(1, 6)]), st.fmean(ints), st.fmean([1, 2], weights=[3, 1]))
print(st.median(ints), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]))
print(st.mode(ints), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.variance(ints), st.pvariance([1, 2, 3, 4]))
print(st.stdev([0.1, 0.2, 0.3, 0.4]), st.variance([Fraction(1, 2), Fraction(3, 4), 1]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.geometric_mean([54, 24, 36]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method='inclusive'))
print(st.covariance([1, 2, 3], [1, 2, 4]), st.correlation([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 7]))
for bad in ["st.mean([])", "st.variance([1])", "st.mode([])", "st.median([])", "st.stdev([])", "st.harmonic_mean([-1, 2])"]:
    try:
        eval(bad)
    except st.StatisticsError as e:
        print(bad, type(e).__name__, e)
