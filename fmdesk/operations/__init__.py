"""Operations (运营管理): outsourced contractors and their contracts, three-level acceptance,
monthly scoring with penalties and cards, the quality department's check loop (品质检查), and the
generator of years of sample history. Built on work orders, inspections and documents.
"""
