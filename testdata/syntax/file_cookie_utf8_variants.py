# coding: utf_8
x = 'é'
