# The API as a static binary in a distroless image, running as a non-root user.
# The dataset and the playground are embedded in the binary: nothing else is copied.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/peacegraph ./server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/peacegraph /peacegraph
USER nonroot:nonroot
ENV PEACEGRAPH_ADDR=0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["/peacegraph"]
