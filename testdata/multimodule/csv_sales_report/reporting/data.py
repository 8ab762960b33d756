RAW_CSV = """date,region,product,units,unit_price
2024-01-03,north,widget,12,2.50
2024-01-05,south,gadget,3,19.99
2024-01-17,north,gadget,1,19.99
2024-01-21,west,widget,40,2.40
2024-01-30,south,widget,-2,2.50
2024-02-02,north,gizmo,5,7.25
2024-02-11,west,gadget,2,18.50
2024-02-14,south,gizmo,9,7.00
2024-02-14,north,widget,,2.50
2024-02-29,west,gizmo,4,7.25
2024-03-01,north,"widget, deluxe",6,4.75
2024-03-09,south,gadget,5,19.99
2024-03-09,east,widget,1,2.50
2024-03-31,west,widget,15,2.40
2024-02-30,north,gizmo,1,7.25
"""
