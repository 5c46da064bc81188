"""Plan import on hostile sizes: a unit line of 4,000 and 16,000 names must take linear time.

Run: python -m bench.bench_import  (prints the time per name at both sizes and their ratio; ~1 is linear,
~4 would be quadratic).
"""

from __future__ import annotations

import time

from dtidesk.importers.plan_text import parse_plan_text

HEAD = ("KẾ HOẠCH\nCải thiện chỉ số năm 2024\nII. NHIỆM VỤ\n"
        "1. Chỉ số “Về nhận thức số” (năm 2023 đạt 50/50 điểm)\n\n"
        "1.1. Tiêu chí “Tuyên truyền” (năm 2023 đạt 10/10 điểm)\n\nTiếp tục rà soát thủ tục.\n\n")


def per_name(n: int) -> float:
    line = "- Đơn vị chủ trì: " + ", ".join(f"Phòng Quản lý chuyên ngành số {i}" for i in range(n))
    text = HEAD + line + "\n\n- Thời gian thực hiện: Quý II/2024\n"
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        parse_plan_text(text, known_units=["Văn phòng Sở"])
        best = min(best, time.perf_counter() - t)
    print(f"{n:>6} names, {len(line.encode()) / 1e6:.2f} MB: {best:.2f} s")
    return best / n


def main() -> None:
    small, large = per_name(4000), per_name(16000)
    print(f"time per name, 16,000 ÷ 4,000: {large / small:.2f}× (1 = linear, 4 = quadratic)")


if __name__ == "__main__":
    main()
