from registry import register
import plugins


@register("alpha")
def run():
    return "alpha ran; plugins has beta: %s" % hasattr(plugins, "beta")
