import plugins.alpha
from plugins import beta
print(plugins.alpha.NAME, beta.NAME, plugins.__file__)
