from .blocks import render, toc
